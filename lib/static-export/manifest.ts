import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The mirror's list of files and their SHA-256, in the format `sha256sum -c` checks. */
export const MANIFEST_FILE = "SHA256SUMS";

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** "<hash>  <path>" lines, sorted by path, the manifest itself left out. */
export function formatManifest(hashes: ReadonlyMap<string, string>): string {
  const files = [...hashes.keys()].filter((file) => file !== MANIFEST_FILE).sort();
  return files.map((file) => `${hashes.get(file)}  ${file}\n`).join("");
}

/** Reads a manifest back: path → hash. Lines that are not "<64 hex>  <path>" are skipped. */
export function parseManifest(text: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match?.[1] && match[2]) hashes.set(match[2], match[1]);
  }
  return hashes;
}

/** The manifest a previous export left in `folder`, or an empty one. */
export async function readPreviousManifest(folder: string): Promise<Map<string, string>> {
  const text = await readFile(path.join(folder, MANIFEST_FILE), "utf8").catch(() => "");
  return parseManifest(text);
}
