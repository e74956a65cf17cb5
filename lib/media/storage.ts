import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { getEnv } from "@/lib/env";

/**
 * Where uploaded files live. The local disk is the default; an S3-compatible store can implement
 * the same four methods later. Keys are relative, slash-separated, and checked with isSafeKey.
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

/** The app's storage (the local disk under MEDIA_DIR). */
export function getMediaStorage(): MediaStorage {
  storage ??= createLocalStorage(getMediaDir());
  return storage;
}
