import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";

/** Widths of the WebP renditions; an image narrower than one is never enlarged to it. */
const VARIANT_WIDTHS = [480, 960, 1600] as const;

const ACCEPTED_FORMATS = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  gif: { mimeType: "image/gif", extension: "gif" },
} as const;
type AcceptedFormat = keyof typeof ACCEPTED_FORMATS;

export type ProcessedImage = {
  mimeType: string;
  extension: string;
  width: number;
  height: number;
  /** The original re-encoded in its own format, without EXIF, GPS or any other metadata. */
  original: Buffer;
  variants: { width: number; height: number; data: Buffer }[];
};

const NOT_AN_IMAGE =
  "This file is not a JPEG, PNG, WebP or GIF image (whatever its name says). Nothing was saved.";

/**
 * Checks the file's bytes (never its name or the browser's type), then re-encodes it without
 * metadata and makes the WebP renditions.
 */
export async function processImage(bytes: Buffer, maxBytes: number): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new AppError("INVALID", "The file is empty. Nothing was saved.");
  if (bytes.length > maxBytes) {
    throw new AppError(
      "INVALID",
      `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}. Nothing was saved.`,
    );
  }
  let format: string | undefined;
  let animated = false;
  try {
    const meta = await sharp(bytes).metadata();
    format = meta.format;
    animated = (meta.pages ?? 1) > 1;
  } catch {
    throw new AppError("INVALID", NOT_AN_IMAGE);
  }
  if (!format || !(format in ACCEPTED_FORMATS)) throw new AppError("INVALID", NOT_AN_IMAGE);
  const accepted = ACCEPTED_FORMATS[format as AcceptedFormat];

  try {
    // rotate() applies the EXIF orientation before the metadata is dropped (sharp drops it by default).
    const source = () => sharp(bytes, { animated }).rotate();
    const reencoded = source();
    const original =
      format === "jpeg"
        ? reencoded.jpeg({ quality: 90, mozjpeg: true })
        : format === "png"
          ? reencoded.png()
          : format === "webp"
            ? reencoded.webp({ quality: 90 })
            : reencoded.gif();
    const { data, info } = await original.toBuffer({ resolveWithObject: true });
    const height = animated && info.pageHeight ? info.pageHeight : info.height;
    const variants = [];
    for (const width of VARIANT_WIDTHS) {
      if (width > info.width) break;
      const out = await source()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({
        width: out.info.width,
        height: animated && out.info.pageHeight ? out.info.pageHeight : out.info.height,
        data: out.data,
      });
    }
    return { ...accepted, width: info.width, height, original: data, variants };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "INVALID",
      "This image is damaged and could not be read. Nothing was saved.",
    );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
