import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { getEnv } from "@/lib/env";
import { OG_IMAGE_SIZE } from "@/lib/urls";
import { mediaPath } from "@/lib/urls";

type Cover = { storageKey: string; variants: unknown };
type Variant = { width: number; storageKey: string };

function isVariant(value: unknown): value is Variant {
  const v = value as Variant | null;
  return !!v && typeof v.width === "number" && typeof v.storageKey === "string";
}

/** The smallest rendition at least 1200 wide, else the original. */
function pickCoverSource(cover: Cover): string {
  const variants = Array.isArray(cover.variants) ? cover.variants.filter(isVariant) : [];
  const wide = variants
    .filter((variant) => variant.width >= OG_IMAGE_SIZE.width)
    .sort((a, b) => a.width - b.width)[0];
  return wide?.storageKey ?? cover.storageKey;
}

/**
 * The file's bytes: bundled demo illustrations from public/, uploads through the site's own media
 * route, so this works whatever storage the media library uses.
 */
async function readCoverBytes(storageKey: string): Promise<Buffer> {
  if (storageKey.startsWith("demo/")) {
    const file = path.join(process.cwd(), "public", path.normalize(storageKey));
    if (!file.startsWith(path.join(process.cwd(), "public", "demo"))) throw new Error("bad key");
    return readFile(file);
  }
  const response = await fetch(`http://127.0.0.1:${getEnv().PORT}${mediaPath(storageKey)}`, {
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`media ${storageKey} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The cover cropped to 1200x630 as a PNG (SVG covers are rasterised here too). */
export async function renderCoverImage(cover: Cover): Promise<Buffer> {
  const bytes = await readCoverBytes(pickCoverSource(cover));
  return sharp(bytes, { density: 144 })
    .resize(OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height, { fit: "cover", position: "attention" })
    .flatten({ background: "#ffffff" })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
