import "server-only";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { type MirrorSettings, readMirrorSettings } from "@/lib/settings/mirrors";
import {
  type CommentSettings,
  CommentSettingsSchema,
  SETTING_KEYS,
  type SiteSettings,
  defaultCommentSettings,
  readSiteSettings,
  withDefaults,
} from "@/lib/settings/schemas";

export const getSiteSettings = cachedQuery(
  async (): Promise<SiteSettings> => {
    const row = await getDb().setting.findUnique({
      where: { key: SETTING_KEYS.site },
      select: { value: true },
    });
    return readSiteSettings(row?.value);
  },
  "getSiteSettings",
  [cacheTags.settings],
);

/** The comment rules; a stored value that no longer fits the schema falls back field by field. */
export const getCommentSettings = cachedQuery(
  async (): Promise<CommentSettings> => {
    const row = await getDb().setting.findUnique({
      where: { key: SETTING_KEYS.comments },
      select: { value: true },
    });
    return withDefaults(CommentSettingsSchema, defaultCommentSettings, row?.value);
  },
  "getCommentSettings",
  [cacheTags.settings],
);

/** The onion address and mirrors readers are shown in the footer, the feeds and every email. */
export const getMirrorSettings = cachedQuery(
  async (): Promise<MirrorSettings> => {
    const row = await getDb().setting.findUnique({
      where: { key: SETTING_KEYS.mirrors },
      select: { value: true },
    });
    return readMirrorSettings(row?.value);
  },
  "getMirrorSettings",
  [cacheTags.settings],
);
