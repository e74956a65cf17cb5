/**
 * The languages this software has catalogues for. A site picks some of them (and a default) in
 * its settings; a language outside this list would need a catalogue first.
 */
export const LANGUAGES = {
  en: {
    /** The language's name in itself, for the switcher. */
    name: "English",
    /** Its name in English, for the staff area. */
    englishName: "English",
    /** Intl locale for dates and numbers. */
    intl: "en-GB",
    /** OpenGraph's language_TERRITORY form. */
    ogLocale: "en_GB",
  },
  be: { name: "Беларуская", englishName: "Belarusian", intl: "be-BY", ogLocale: "be_BY" },
  ru: { name: "Русский", englishName: "Russian", intl: "ru-RU", ogLocale: "ru_RU" },
} as const;

export type Lang = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Lang[];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/**
 * The route segment that stands for the site's default language: its pages have no prefix, and
 * the proxy rewrites them under this segment. It is no language code, so it never collides.
 */
export const DEFAULT_LANGUAGE_SEGMENT = "default";
