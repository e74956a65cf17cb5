import "server-only";
import { mkdir, readFile, readdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

function cacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ getEnv().DATA_DIR, "og-cache");
}

const SAFE = /^[A-Za-z0-9_-]+$/;

/**
 * Generated share images on disk, one file per `<group>--<version>`; writing a new version of a
 * group deletes the old ones, so the folder holds one image per article.
 */
export async function cachedImage(
  group: string,
  version: string,
  render: () => Promise<Buffer>,
): Promise<Buffer> {
  if (!SAFE.test(group) || !SAFE.test(version)) return render();
  const dir = cacheDir();
  const file = path.join(dir, `${group}--${version}.png`);
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const png = await render();
  try {
    await mkdir(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    const stale = (await readdir(dir)).filter(
      (name) => name.startsWith(`${group}--`) && name !== path.basename(file),
    );
    await Promise.all(stale.map((name) => unlink(path.join(dir, name)).catch(() => {})));
  } catch (error) {
    // A read-only disk costs a re-render per request, never a broken image.
    console.error("og-cache: could not store", file, error);
  }
  return png;
}
