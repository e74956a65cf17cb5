import "server-only";
import { BADGE_SETTING_KEY, readBadgeSettings } from "@/lib/badge/schemas";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Lang } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";
import { mediaPath } from "@/lib/urls";

/** A frame as the public page uses it: a same-origin PNG (so a canvas may read it back). */
export type BadgeFrame = { src: string; width: number; height: number; lang: Lang };

/** Every language's frame that is still in the media library, and the hashtag. */
const getBadge = cachedQuery(
  async () => {
    const db = getDb();
    const row = await db.setting.findUnique({
      where: { key: BADGE_SETTING_KEY },
      select: { value: true },
    });
    const settings = readBadgeSettings(row?.value);
    const chosen = Object.entries(settings.frames) as [Lang, string][];
    const media = await db.media.findMany({
      where: { id: { in: chosen.map(([, id]) => id) }, mimeType: "image/png" },
      select: { id: true, storageKey: true, width: true, height: true },
    });
    const byId = new Map(media.map((item) => [item.id, item]));
    const frames: Partial<Record<Lang, BadgeFrame>> = {};
    for (const [lang, id] of chosen) {
      const item = byId.get(id);
      if (!item?.width || !item.height) continue;
      frames[lang] = {
        src: mediaPath(item.storageKey),
        width: item.width,
        height: item.height,
        lang,
      };
    }
    return { hashtag: settings.hashtag, frames };
  },
  "getBadge",
  [cacheTags.settings, cacheTags.media],
);

/**
 * What the badge page in `locale` shows: the frame of its language, else the default
 * language's (null when neither is set), and the hashtag.
 */
export async function getBadgeFor(
  locale: Locale,
): Promise<{ hashtag: string; frame: BadgeFrame | null }> {
  const { hashtag, frames } = await getBadge();
  return { hashtag, frame: frames[locale.lang] ?? frames[locale.defaultLang] ?? null };
}
