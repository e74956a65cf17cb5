import type { Locale } from "@/lib/i18n/locale";

/** The demo site's languages: English by default, then Belarusian and Russian. */

const site = {
  defaultLang: "en" as const,
  languages: ["en" as const, "be" as const, "ru" as const],
};

/** A page's locale on the demo site. */
export const LOCALES = {
  en: { lang: "en", ...site },
  be: { lang: "be", ...site },
  ru: { lang: "ru", ...site },
} satisfies Record<string, Locale>;

export const SITE_LANGUAGES = {
  defaultLanguage: "en" as const,
  languages: ["en" as const, "be" as const, "ru" as const],
};
