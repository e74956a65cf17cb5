import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/env";

/** MEDIA_DIR, or `<DATA_DIR>/media`: the same folder as getMediaDir(), which is server-only. */
export function mediaDirOf(env: Pick<Env, "MEDIA_DIR" | "DATA_DIR">): string {
  return path.resolve(env.MEDIA_DIR ?? path.join(env.DATA_DIR, "media"));
}

/** `backups/backup-20261123T160000Z.tar.gz`, relative to the current directory. */
export function defaultBackupPath(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return path.join("backups", `backup-${stamp}.tar.gz`);
}

export type FileList = { files: string[]; bytes: number };

/** Regular files under `root` as sorted slash-separated relative paths; a missing root is empty. */
export async function listFiles(root: string): Promise<FileList> {
  const files: string[] = [];
  let bytes = 0;
  const walk = async (relative: string) => {
    let entries;
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relative === "") return;
      throw error;
    }
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) {
        files.push(child);
        bytes += (await lstat(path.join(root, child))).size;
      }
    }
  };
  await walk("");
  files.sort();
  return { files, bytes };
}
