import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { getEnv } from "@/lib/env";
import { createS3Storage } from "@/lib/media/s3-storage";

/**
 * Where uploaded files live: the local disk (createLocalStorage, the default) or an S3-compatible
 * bucket (createS3Storage in s3-storage.ts), chosen by MEDIA_STORAGE. Keys are relative,
 * slash-separated, and checked with isSafeKey.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  stream(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * True for keys made of plain segments ("uploads/ab12/w480.webp"): no "..", no absolute path, no
 * backslash, no encoded characters, no empty segment.
 */
export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > 300) return false;
  const segments = key.split("/");
  return segments.every(
    (segment) => SAFE_SEGMENT.test(segment) && segment !== "." && !segment.includes(".."),
  );
}

export function createLocalStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const resolve = (key: string): string => {
    if (!isSafeKey(key)) throw new Error(`Refused media key ${JSON.stringify(key)}`);
    const full = path.resolve(base, key);
    if (!full.startsWith(base + path.sep))
      throw new Error(`Refused media key ${JSON.stringify(key)}`);
    return full;
  };
  const missing = (error: unknown) =>
    (error as NodeJS.ErrnoException).code === "ENOENT" ||
    (error as NodeJS.ErrnoException).code === "EISDIR";

  return {
    async put(key, data) {
      const full = resolve(key);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, data, { flag: "wx" });
    },
    async get(key) {
      try {
        return await readFile(resolve(key));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
    async stream(key) {
      const full = resolve(key);
      try {
        const info = await stat(full);
        if (!info.isFile()) return null;
        const body = Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
        return { body, size: info.size };
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
  };
}

/** MEDIA_DIR, or `<DATA_DIR>/media`. */
function getMediaDir(): string {
  const env = getEnv();
  return path.resolve(env.MEDIA_DIR ?? path.join(env.DATA_DIR, "media"));
}

let storage: MediaStorage | undefined;

/** The app's storage: the S3_* bucket when MEDIA_STORAGE=s3, else the disk under MEDIA_DIR. */
export function getMediaStorage(): MediaStorage {
  storage ??= createConfiguredStorage();
  return storage;
}

function createConfiguredStorage(): MediaStorage {
  const env = getEnv();
  if (env.MEDIA_STORAGE !== "s3") return createLocalStorage(getMediaDir());
  // The environment's own check requires S3_BUCKET with MEDIA_STORAGE=s3.
  if (!env.S3_BUCKET) throw new Error("S3_BUCKET is required when MEDIA_STORAGE=s3");
  return createS3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  });
}
