import { z } from "zod";

export const SiteSettingsSchema = z.object({
  title: z.string().trim().min(1).max(120),
  tagline: z.string().trim().max(200),
  description: z.string().trim().max(500),
  timeZone: z.string().trim().min(1),
  language: z.string().trim().min(2).max(12),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const defaultSiteSettings: SiteSettings = {
  title: "Free Ales Bialiatski",
  tagline: "News from the campaign for Ales Bialiatski and all political prisoners in Belarus",
  description:
    "Campaign news, statements and background on Ales Bialiatski, the Human Rights Centre Viasna and the defence of human rights in Belarus.",
  timeZone: "Europe/Minsk",
  language: "en",
};

export const SETTING_KEYS = { site: "site" } as const;
