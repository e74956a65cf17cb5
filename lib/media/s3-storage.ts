import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { type MediaStorage, isSafeKey } from "@/lib/media/storage";

type S3StorageOptions = {
  bucket: string;
  region: string;
  /** Another store's address (MinIO, Garage, Ceph, R2…); AWS itself when unset. */
  endpoint?: string;
  /** Both or neither; without them the SDK's own chain (environment, profile, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** "" or folder names ending in "/" ("campaign/"): prepended to every key. */
  prefix: string;
};

const CONTENT_TYPES: Record<string, string> = {
  webp: "image/webp",
  avif: "image/avif",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  pdf: "application/pdf",
};

/**
 * The type stored with the object, for whoever reads the bucket directly (a CDN in front of it).
 * SVG is left out on purpose: served from the bucket's own address it could run scripts, and
 * the app never stores one.
 */
function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** A missing object, not a missing bucket (which is a configuration mistake, and thrown). */
function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  if (error.name === "NoSuchKey" || error.name === "NotFound") return true;
  return statusOf(error) === 404 && error.name !== "NoSuchBucket";
}

/**
 * Media files in an S3-compatible bucket, so that every instance of the site reads what any one
 * of them stored. Same keys, same refusals as the local disk.
 */
export function createS3Storage(options: S3StorageOptions): MediaStorage {
  const { bucket, prefix } = options;
  if (prefix !== "" && !prefix.endsWith("/")) {
    throw new Error(`The S3 prefix ${JSON.stringify(prefix)} must end with "/"`);
  }
  if ((options.accessKeyId === undefined) !== (options.secretAccessKey === undefined)) {
    throw new Error("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together, or neither");
  }
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials:
      options.accessKeyId !== undefined && options.secretAccessKey !== undefined
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    // Since 3.729 the SDK adds a CRC32 to every upload by default (x-amz-checksum-crc32 and
    // x-amz-sdk-checksum-algorithm headers, or for a streamed body an "aws-chunked" body with a
    // trailer). Stores that predate it refuse those headers (R2 answered 501, B2 400) or, like
    // s3rver, keep the chunk framing as the file's content. Without them the payload's SHA-256
    // is still signed (SigV4), which AWS checks against what it received.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const objectKey = (key: string): string => {
    if (!isSafeKey(key)) throw new Error(`Refused media key ${JSON.stringify(key)}`);
    return prefix + key;
  };
  // Keys are random and never reused, so "If-None-Match: *" only guards against a mistake; a
  // store without conditional writes that says so (501) gets plain writes from then on. (One that
  // ignores the header, as s3rver does, simply overwrites.)
  let conditionalWrites = true;

  const put = (key: string, data: Buffer, ifNoneMatch: boolean) =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: data,
        ContentLength: data.length,
        ContentType: contentTypeOf(key),
        ...(ifNoneMatch ? { IfNoneMatch: "*" } : {}),
      }),
    );

  const fetchObject = async (key: string) => {
    try {
      return await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    async put(key, data) {
      const full = objectKey(key);
      if (conditionalWrites) {
        try {
          await put(full, data, true);
          return;
        } catch (error) {
          if (statusOf(error) === 412 || statusOf(error) === 409) {
            throw new Error(`The media key ${JSON.stringify(key)} is already taken`, {
              cause: error,
            });
          }
          if (statusOf(error) !== 501) throw error;
          conditionalWrites = false;
          console.warn("[media] the S3 store has no conditional writes; writing without them");
        }
      }
      await put(full, data, false);
    },
    async get(key) {
      const object = await fetchObject(key);
      if (!object?.Body) return null;
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async stream(key) {
      const object = await fetchObject(key);
      if (!object?.Body) return null;
      if (object.ContentLength === undefined) {
        object.Body.transformToWebStream()
          .cancel()
          .catch(() => undefined);
        throw new Error(`The S3 store sent ${JSON.stringify(key)} without its length`);
      }
      const body = object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      return { body, size: object.ContentLength };
    },
  };
}
