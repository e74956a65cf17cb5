import { stat } from "node:fs/promises";
import path from "node:path";
import { BADGE_SETTING_KEY } from "@/lib/badge/schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Lang } from "@/lib/i18n/languages";
import { BADGE_FRAME_SIZE, seedBadge } from "@/prisma/seed-data/badge";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The demo's badge frames (files in public/demo, like the demo illustrations) in the media
 * library, and the badge setting that uses them. An image already there (by storage key) and a
 * badge staff already saved are left as they are.
 */
export async function seedBadgeFrames(tx: Tx): Promise<void> {
  const frames: Partial<Record<Lang, string>> = {};
  for (const [lang, frame] of Object.entries(seedBadge.frames) as [
    Lang,
    (typeof seedBadge.frames)[Lang],
  ][]) {
    const { size } = await stat(path.join(process.cwd(), "public", frame.file));
    const row = await tx.media.upsert({
      where: { storageKey: frame.file },
      create: {
        storageKey: frame.file,
        originalName: path.basename(frame.file),
        mimeType: "image/png",
        byteSize: size,
        width: BADGE_FRAME_SIZE,
        height: BADGE_FRAME_SIZE,
        altText: frame.alt,
        credit: "",
      },
      update: {},
      select: { id: true },
    });
    frames[lang] = row.id;
  }
  await tx.setting.upsert({
    where: { key: BADGE_SETTING_KEY },
    create: { key: BADGE_SETTING_KEY, value: { frames, hashtag: seedBadge.hashtag } },
    update: {},
  });
}
