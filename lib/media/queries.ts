import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type MediaVariant, parseVariants } from "@/lib/media/schemas";
import { mediaPath } from "@/lib/urls";

type AdminMedia = {
  id: string;
  storageKey: string;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string;
  credit: string;
  variants: MediaVariant[];
  createdAt: Date;
  uploadedById: string | null;
  uploaderName: string | null;
  coverCount: number;
};

const MEDIA_PAGE_SIZE = 24;

/** The media library, newest first, optionally filtered by name or alt text (media:upload). */
export async function listMediaForAdmin(
  actor: Actor,
  options: { q?: string; page?: number; pageSize?: number } = {},
) {
  assertCan(actor, "media:upload");
  const page = Math.max(1, options.page ?? 1);
  const pageSize = options.pageSize ?? MEDIA_PAGE_SIZE;
  const where: Prisma.MediaWhereInput = options.q
    ? {
        OR: [
          { originalName: { contains: options.q, mode: "insensitive" } },
          { altText: { contains: options.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    getDb().media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        storageKey: true,
        originalName: true,
        mimeType: true,
        byteSize: true,
        width: true,
        height: true,
        altText: true,
        credit: true,
        variants: true,
        createdAt: true,
        uploadedById: true,
        uploadedBy: { select: { name: true } },
        _count: { select: { coverFor: true } },
      },
    }),
    getDb().media.count({ where }),
  ]);
  const items: AdminMedia[] = rows.map(({ uploadedBy, _count, variants, ...row }) => ({
    ...row,
    variants: parseVariants(variants),
    uploaderName: uploadedBy?.name ?? null,
    coverCount: _count.coverFor,
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** src, srcset and sizes for an <img> of an uploaded image (the renditions plus the original). */
export function imageSources(media: {
  storageKey: string;
  width: number | null;
  variants: MediaVariant[];
}) {
  const candidates = [
    ...media.variants.map((v) => `${mediaPath(v.storageKey)} ${v.width}w`),
    ...(media.width ? [`${mediaPath(media.storageKey)} ${media.width}w`] : []),
  ];
  const preferred = media.variants.find((v) => v.width === 960) ?? media.variants.at(-1);
  return {
    src: mediaPath(preferred?.storageKey ?? media.storageKey),
    srcSet: candidates.length > 1 ? candidates.join(", ") : undefined,
  };
}

/** An image as the editor's media dialog shows and inserts it: its sources, alt text and name. */
export function toMediaChoice(media: {
  id: string;
  storageKey: string;
  width: number | null;
  variants: MediaVariant[];
  altText: string;
  originalName: string;
}) {
  const sources = imageSources(media);
  return {
    id: media.id,
    src: sources.src,
    srcSet: sources.srcSet,
    alt: media.altText,
    name: media.originalName,
  };
}

/** One image for the editor's media dialog (the cover's thumbnail), or null (media:upload). */
export async function getMediaChoice(actor: Actor, id: string) {
  assertCan(actor, "media:upload");
  const media = await getDb().media.findUnique({
    where: { id },
    select: {
      id: true,
      storageKey: true,
      width: true,
      variants: true,
      altText: true,
      originalName: true,
    },
  });
  return media ? toMediaChoice({ ...media, variants: parseVariants(media.variants) }) : null;
}
