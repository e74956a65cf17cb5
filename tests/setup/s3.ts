import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

type S3Server = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
};

/**
 * A real S3-compatible server for tests (s3rver, in this process): one empty bucket, files in a
 * temp folder that stop() removes, on a free port of 127.0.0.1. Its only credentials are
 * S3RVER/S3RVER; it refuses another access key but does not check SigV4 signatures, and it
 * ignores If-None-Match on uploads (a second put overwrites).
 */
export async function startS3Server(bucket = "campaign-media"): Promise<S3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  try {
    const { port } = await server.run();
    return {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      async stop() {
        await server.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/** The environment that points an app instance's media storage at `server`. */
export function s3Env(server: S3Server): Record<string, string> {
  return {
    MEDIA_STORAGE: "s3",
    S3_BUCKET: server.bucket,
    S3_ENDPOINT: server.endpoint,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: server.accessKeyId,
    S3_SECRET_ACCESS_KEY: server.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
  };
}
