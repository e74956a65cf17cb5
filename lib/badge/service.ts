import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { frameProblem } from "@/lib/badge/frame-check";
import { BADGE_SETTING_KEY, type BadgeSettings, readBadgeSettings } from "@/lib/badge/schemas";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LANGUAGES, LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { type UploadedFile, uploadMedia } from "@/lib/media/service";
import { getMediaStorage, isSafeKey } from "@/lib/media/storage";
import { getSiteSettings } from "@/lib/settings/queries";

/** A language's frame: an image of the media library, a new file for it, or none. */
export type FrameChoice = { mediaId: string } | { upload: UploadedFile } | { none: true };

/** Frames refused, by form field (`frame.<lang>`, `upload.<lang>`); nothing was saved. */
export class FrameRefusal extends AppError {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "");
  }
}

/** A stored image's bytes: demo frames ship in public/demo, like the demo illustrations. */
async function storedBytes(storageKey: string): Promise<Buffer | null> {
  if (!isSafeKey(storageKey)) return null;
  if (storageKey.startsWith("demo/")) {
    return readFile(path.join(process.cwd(), "public", storageKey)).catch(() => null);
  }
  return getMediaStorage().get(storageKey);
}

async function libraryFrameProblem(mediaId: string): Promise<string | null> {
  const media = await getDb().media.findUnique({
    where: { id: mediaId },
    select: { storageKey: true },
  });
  const bytes = media ? await storedBytes(media.storageKey) : null;
  return bytes ? frameProblem(bytes) : staffMessages().badge.refusals.missing;
}

/**
 * Saves the badge: its hashtag and, for each site language named in `frames`, a PNG of the media
 * library, a new PNG (added to the library) or none; a language not named keeps its frame. Every
 * frame is checked before anything is stored, and one refused saves nothing. Needs
 * setting:manage (a new file also media:upload).
 */
export async function saveBadgeSettings(
  actor: Actor | null,
  input: { hashtag: string; frames: Partial<Record<Lang, FrameChoice>> },
): Promise<BadgeSettings> {
  assertCan(actor, "setting:manage");
  const { languages } = await getSiteSettings();
  const errors: Record<string, string[]> = {};
  const picked: Partial<Record<Lang, string | null>> = {};
  const uploads: [Lang, UploadedFile][] = [];
  for (const lang of languages) {
    const choice = input.frames[lang];
    if (!choice) continue;
    if ("none" in choice) {
      picked[lang] = null;
    } else if ("upload" in choice) {
      const problem = await frameProblem(choice.upload.bytes);
      if (problem) errors[`upload.${lang}`] = [problem];
      else uploads.push([lang, choice.upload]);
    } else {
      const problem = await libraryFrameProblem(choice.mediaId);
      if (problem) errors[`frame.${lang}`] = [problem];
      else picked[lang] = choice.mediaId;
    }
  }
  if (Object.keys(errors).length > 0) throw new FrameRefusal(errors);
  for (const [lang, file] of uploads) {
    const altText = staffMessages().badge.frameAlt(LANGUAGES[lang].englishName);
    try {
      picked[lang] = (await uploadMedia(actor, file, { altText, credit: "" })).id;
    } catch (error) {
      // Too large, or damaged past what the check above read: the field says so.
      if (isAppError(error) && error.code === "INVALID") {
        throw new FrameRefusal({ [`upload.${lang}`]: [error.message] });
      }
      throw error;
    }
  }
  return storeBadge(actor, input.hashtag, picked);
}

async function storeBadge(
  actor: Actor,
  hashtag: string,
  picked: Partial<Record<Lang, string | null>>,
): Promise<BadgeSettings> {
  return getDb().$transaction(async (tx) => {
    // Locked, so two people saving at once cannot undo each other's languages.
    await tx.$queryRaw`SELECT "key" FROM "Setting" WHERE "key" = ${BADGE_SETTING_KEY} FOR UPDATE`;
    const stored = await tx.setting.findUnique({
      where: { key: BADGE_SETTING_KEY },
      select: { value: true },
    });
    const before = readBadgeSettings(stored?.value);
    // In the languages' fixed order, so the stored value and the log read the same each time.
    const frames: BadgeSettings["frames"] = {};
    for (const lang of LANGUAGE_CODES) {
      const id = lang in picked ? picked[lang] : before.frames[lang];
      if (id) frames[lang] = id;
    }
    const value: BadgeSettings = { frames, hashtag };
    const json = value as Prisma.InputJsonObject;
    await tx.setting.upsert({
      where: { key: BADGE_SETTING_KEY },
      create: { key: BADGE_SETTING_KEY, value: json },
      update: { value: json },
    });
    const changed = [
      ...LANGUAGE_CODES.filter((lang) => before.frames[lang] !== frames[lang]),
      ...(before.hashtag === hashtag ? [] : ["hashtag"]),
    ];
    await recordAudit(
      actor,
      {
        action: "setting.update",
        targetType: "Setting",
        targetId: BADGE_SETTING_KEY,
        summary: changed.length
          ? `Changed the picture badge: ${changed.join(", ")}`
          : "Saved the picture badge (no changes)",
        details: { key: BADGE_SETTING_KEY, changed, frames, hashtag },
      },
      tx,
    );
    return value;
  });
}
