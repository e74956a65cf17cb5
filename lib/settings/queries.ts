import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/articles/queries";
import { getDb } from "@/lib/db";
import {
  SETTING_KEYS,
  type SiteSettings,
  SiteSettingsSchema,
  defaultSiteSettings,
} from "@/lib/settings/schemas";

export const getSiteSettings = unstable_cache(
  async (): Promise<SiteSettings> => {
    const row = await getDb().setting.findUnique({
      where: { key: SETTING_KEYS.site },
      select: { value: true },
    });
    const parsed = SiteSettingsSchema.safeParse({
      ...defaultSiteSettings,
      ...(row?.value as object | null),
    });
    return parsed.success ? parsed.data : defaultSiteSettings;
  },
  ["getSiteSettings"],
  { tags: [tags.settings] },
);
