import "server-only";
import sharp from "sharp";
import { MIN_FRAME_SIZE } from "@/lib/badge/schemas";
import { staffMessages } from "@/lib/i18n/messages/staff";

/**
 * Why these bytes cannot be a badge frame, or null when they can: a PNG (read from its bytes,
 * never its name) with an alpha channel that is somewhere transparent, so the photo shows
 * through, and at least MIN_FRAME_SIZE pixels each way.
 */
export async function frameProblem(bytes: Buffer): Promise<string | null> {
  const t = staffMessages().badge.refusals;
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  if (meta?.format !== "png") return t.notPng;
  if (!meta.hasAlpha) return t.noAlpha;
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < MIN_FRAME_SIZE || height < MIN_FRAME_SIZE) return t.tooSmall(width, height);
  try {
    if ((await sharp(bytes).stats()).isOpaque) return t.opaque;
  } catch {
    return t.notPng;
  }
  return null;
}
