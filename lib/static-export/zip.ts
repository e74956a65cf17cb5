import { createWriteStream } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** Already compressed: stored as they are, deflating them again gains nothing. */
const STORED = /\.(?:png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|mp4|webm|mp3|ogg|pdf)$/i;

/**
 * Zips the mirror's files (paths relative to `folder`, the manifest among them) into `zipFile`
 * under one top folder, `root`, so unzipping makes a single folder. Written through a temporary
 * name: a download never gets half a zip. Returns the zip's size.
 */
export async function zipMirror(
  folder: string,
  files: readonly string[],
  zipFile: string,
  { root = "mirror", onFile }: { root?: string; onFile?: () => void } = {},
): Promise<number> {
  const temporary = `${zipFile}.${process.pid}.partial`;
  const out = createWriteStream(temporary);
  const chunks: Uint8Array[] = [];
  const state: { failure: Error | null } = { failure: null };
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) state.failure = error;
    else chunks.push(chunk);
  });
  const flush = async () => {
    for (const chunk of chunks.splice(0)) {
      size += chunk.length;
      if (!out.write(chunk)) await once(out, "drain");
    }
  };
  const mtime = new Date();
  try {
    for (const file of [...files].sort()) {
      const name = path.posix.join(root, file);
      const entry = STORED.test(file)
        ? new ZipPassThrough(name)
        : new ZipDeflate(name, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(await readFile(path.join(folder, file)), true);
      await flush();
      if (state.failure) throw state.failure;
      onFile?.();
    }
    zip.end();
    await flush();
    if (state.failure) throw state.failure;
    out.end();
    await once(out, "finish");
    await rename(temporary, zipFile);
    return size;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
