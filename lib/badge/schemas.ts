import { z } from "zod";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { withDefaults } from "@/lib/settings/schemas";

export const BADGE_SETTING_KEY = "badge";

/** The smallest frame accepted, in pixels each way: smaller ones look blurred as a profile picture. */
export const MIN_FRAME_SIZE = 400;

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);
const mediaId = z.string().min(1).max(64);

/** The picture badge, stored under the Setting key "badge": a frame (a PNG) per language. */
const BadgeSettingsSchema = z.object({
  frames: z.partialRecord(languageCode, mediaId),
  hashtag: z.string().trim().max(60),
});
export type BadgeSettings = z.infer<typeof BadgeSettingsSchema>;

const defaultBadgeSettings: BadgeSettings = { frames: {}, hashtag: "" };

/** The stored badge read field by field; what no longer fits gets its default. */
export function readBadgeSettings(stored: unknown): BadgeSettings {
  return withDefaults(BadgeSettingsSchema, defaultBadgeSettings, stored);
}

const t = staffMessages().badge;

/** "#FreeAles", "FreeAles" (given its #) or nothing; one word of letters, digits and _. */
const hashtag = z
  .string()
  .trim()
  .max(60, t.hashtagTooLong)
  .regex(/^(?:#?[\p{L}\p{N}_]+)?$/u, t.hashtagInvalid)
  .transform((value) => (value && !value.startsWith("#") ? `#${value}` : value));

/**
 * The staff form: per language a media id from the library ("" for none) and, optionally, a new
 * PNG to upload instead; a language the form does not send keeps its frame.
 */
export const BadgeFormSchema = z.object({
  hashtag,
  frames: z.partialRecord(languageCode, z.string().max(64)),
  uploads: z.partialRecord(languageCode, z.instanceof(File)),
});

/** The form's fields as the schema reads them: `frame.<lang>`, `upload.<lang>`, `hashtag`. */
export function badgeFormInput(formData: FormData) {
  const frames: Partial<Record<Lang, string>> = {};
  const uploads: Partial<Record<Lang, File>> = {};
  for (const code of LANGUAGE_CODES) {
    const choice = formData.get(`frame.${code}`);
    if (typeof choice === "string") frames[code] = choice;
    const file = formData.get(`upload.${code}`);
    if (file instanceof File && file.size > 0) uploads[code] = file;
  }
  return { hashtag: formData.get("hashtag") ?? "", frames, uploads };
}
