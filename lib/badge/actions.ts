"use server";

import { BadgeFormSchema, badgeFormInput } from "@/lib/badge/schemas";
import { type FrameChoice, FrameRefusal, saveBadgeSettings } from "@/lib/badge/service";
import type { Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { refreshStaffPage, revalidateMedia, revalidateSettings } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

/** The badge form: the hashtag and, per language, a frame from the library, a new PNG, or none. */
export const saveBadgeAction = staffAction<typeof BadgeFormSchema, undefined, object>({
  name: "saveBadgeAction",
  permission: "setting:manage",
  schema: BadgeFormSchema,
  input: badgeFormInput,
  async run(actor, { hashtag, frames, uploads }) {
    const choices: Partial<Record<Lang, FrameChoice>> = {};
    for (const [lang, mediaId] of Object.entries(frames) as [Lang, string][]) {
      choices[lang] = mediaId ? { mediaId } : { none: true };
    }
    // A new file wins over the list's choice for the same language.
    for (const [lang, file] of Object.entries(uploads) as [Lang, File][]) {
      choices[lang] = { upload: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } };
    }
    await saveBadgeSettings(actor, { hashtag, frames: choices });
    revalidateSettings();
    if (Object.keys(uploads).length > 0) revalidateMedia();
    refreshStaffPage();
    // The list shows what was saved (a new upload is now its choice), not what was sent.
    return { message: staffMessages().badge.saved, values: {} };
  },
  recover: (error) =>
    error instanceof FrameRefusal
      ? {
          ok: false,
          formError: staffMessages().badge.fixFrames,
          fieldErrors: error.fieldErrors,
        }
      : undefined,
});
