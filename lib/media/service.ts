import "server-only";
import { randomBytes } from "node:crypto";
import { FieldError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { processImage } from "@/lib/media/processing";
import { type MediaDetails, type MediaVariant, parseVariants } from "@/lib/media/schemas";
import { type MediaStorage, getMediaStorage } from "@/lib/media/storage";

export type UploadedFile = { name: string; bytes: Buffer };

type MediaOptions = { storage?: MediaStorage; maxBytes?: number };

/**
 * Stores an uploaded image: type sniffed from its bytes, metadata stripped, WebP renditions made,
 * files under a random key. Needs media:upload. Nothing is kept when any step fails.
 */
export async function uploadMedia(
  actor: Actor,
  file: UploadedFile,
  details: MediaDetails,
  options: MediaOptions = {},
): Promise<StoredImage> {
  assertCan(actor, "media:upload");
  return storeImage(file, details, actor.id, options);
}

type StoredImage = {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  variants: MediaVariant[];
};

/**
 * What uploadMedia does once permission is settled; the WordPress importer calls it directly for
 * an export's images (uploadedById null when no staff member ran it).
 */
export async function storeImage(
  file: UploadedFile,
  details: MediaDetails,
  uploadedById: string | null,
  options: MediaOptions = {},
): Promise<StoredImage> {
  const storage = options.storage ?? getMediaStorage();
  const image = await processImage(file.bytes, options.maxBytes ?? getEnv().MEDIA_MAX_BYTES);
  const folder = `uploads/${new Date().toISOString().slice(0, 7)}/${randomBytes(12).toString("hex")}`;
  const storageKey = `${folder}/original.${image.extension}`;
  const written: string[] = [];
  try {
    await storage.put(storageKey, image.original);
    written.push(storageKey);
    const variants: MediaVariant[] = [];
    for (const variant of image.variants) {
      const key = `${folder}/w${variant.width}.webp`;
      await storage.put(key, variant.data);
      written.push(key);
      variants.push({
        width: variant.width,
        height: variant.height,
        storageKey: key,
        byteSize: variant.data.length,
      });
    }
    const media = await getDb().media.create({
      data: {
        storageKey,
        originalName: file.name.slice(0, 255) || "upload",
        mimeType: image.mimeType,
        byteSize: image.original.length,
        width: image.width,
        height: image.height,
        altText: details.altText,
        credit: details.credit,
        variants,
        uploadedById,
      },
      select: { id: true, storageKey: true },
    });
    return { ...media, width: image.width, height: image.height, variants };
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** Changes alt text and credit. Needs media:manage, or media:upload for one's own uploads. */
export async function updateMediaDetails(
  actor: Actor,
  id: string,
  details: MediaDetails,
): Promise<void> {
  assertCan(actor, "media:upload");
  const media = await getDb().media.findUnique({ where: { id }, select: { uploadedById: true } });
  if (!media) throw new AppError("NOT_FOUND", "This image has been deleted.");
  if (!can(actor, "media:manage") && media.uploadedById !== actor.id) {
    throw new AppError("FORBIDDEN", "You can only change images you uploaded.");
  }
  await getDb().media.update({ where: { id }, data: details });
}

/**
 * Deletes an image and its files; refused while an article uses it as its cover or in its text.
 * Needs media:manage.
 */
export async function deleteMedia(
  actor: Actor,
  id: string,
  options: MediaOptions = {},
): Promise<void> {
  assertCan(actor, "media:manage");
  const storage = options.storage ?? getMediaStorage();
  const keys = await getDb().$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id },
      select: { storageKey: true, originalName: true, variants: true },
    });
    if (!media) throw new AppError("NOT_FOUND", "This image has already been deleted.");
    const folder = media.storageKey.replace(/\/[^/]+$/, "/");
    const users = await tx.article.findMany({
      where: {
        OR: [{ coverImageId: id }, { body: { contains: `/media/${folder}` } }],
      },
      select: { title: true },
      take: 5,
    });
    if (users.length > 0) {
      throw new FieldError(
        "media",
        `This image is still used by ${users.map((a) => `"${a.title}"`).join(", ")}. Choose another image there first.`,
        "CONFLICT",
      );
    }
    await tx.media.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: "media.delete",
        targetType: "Media",
        targetId: id,
        summary: `Deleted the image "${media.originalName}"`,
      },
      tx,
    );
    return [media.storageKey, ...parseVariants(media.variants).map((v) => v.storageKey)];
  });
  // Demo illustrations live in public/, not in storage.
  for (const key of keys.filter((k) => !k.startsWith("demo/"))) {
    await storage.delete(key).catch((error: unknown) => {
      console.error("[deleteMedia] could not remove a file", key, error);
    });
  }
}
