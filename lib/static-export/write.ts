import { mkdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  MANIFEST_FILE,
  formatManifest,
  readPreviousManifest,
  sha256,
} from "@/lib/static-export/manifest";

export type WriteCounts = {
  /** Files in the mirror, the manifest included. */
  files: number;
  bytes: number;
  written: number;
  unchanged: number;
  removed: number;
};

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/** Writes through a temporary name, so a reader of the folder never sees half a file. */
async function writeWhole(file: string, content: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** Removes a file, then every folder it leaves empty, up to the mirror's own. */
async function removeWithEmptyFolders(folder: string, file: string): Promise<void> {
  await rm(path.join(folder, file), { force: true });
  for (let dir = path.posix.dirname(file); dir !== "."; dir = path.posix.dirname(dir)) {
    // Fails (and stops) at the first folder that still holds something.
    if (
      !(await rmdir(path.join(folder, dir)).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
}

/**
 * Writes the mirror into `folder`, comparing with the manifest the previous export left there:
 * a file whose content is the same is not touched, and a file the previous export wrote that is
 * no longer in the site is removed (nothing else in the folder is). The manifest is written
 * last, so an export stopped halfway is compared against the one before it next time.
 */
export async function writeMirror(
  folder: string,
  files:
    AsyncIterable<{ file: string; content: Buffer }> | Iterable<{ file: string; content: Buffer }>,
  onFile?: () => void,
): Promise<WriteCounts & { hashes: Map<string, string> }> {
  await mkdir(folder, { recursive: true });
  const previous = await readPreviousManifest(folder);
  const hashes = new Map<string, string>();
  const counts: WriteCounts = { files: 0, bytes: 0, written: 0, unchanged: 0, removed: 0 };
  for await (const { file, content } of files) {
    if (file === MANIFEST_FILE || hashes.has(file)) continue;
    const hash = sha256(content);
    hashes.set(file, hash);
    counts.bytes += content.length;
    const target = path.join(folder, file);
    if (previous.get(file) === hash && (await isFile(target))) counts.unchanged += 1;
    else {
      await writeWhole(target, content);
      counts.written += 1;
    }
    onFile?.();
  }
  for (const file of previous.keys()) {
    if (hashes.has(file)) continue;
    await removeWithEmptyFolders(folder, file);
    counts.removed += 1;
  }
  const manifest = Buffer.from(formatManifest(hashes));
  const manifestPath = path.join(folder, MANIFEST_FILE);
  const current = await readFile(manifestPath).catch(() => null);
  if (!current?.equals(manifest)) await writeWhole(manifestPath, manifest);
  counts.files = hashes.size + 1;
  counts.bytes += manifest.length;
  return { ...counts, hashes };
}
