import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { type Locale, inLanguage } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/urls";

/** One published version of the page a reader is on, in a language, as a prefixed path. */
export type Alternate = { lang: Lang; path: string };

export type LanguageLink = {
  lang: Lang;
  /** The language's name in itself ("Беларуская"). */
  name: string;
  href: string;
  /** True when the link leads to this page's own translation, false for the language's home. */
  isTranslation: boolean;
  isCurrent: boolean;
};

/**
 * The switcher's links: each of the site's languages, leading to this page's translation when
 * one is published, else to that language's home page.
 */
export function languageLinks(locale: Locale, alternates: Alternate[]): LanguageLink[] {
  return locale.languages.map((lang) => {
    const own = alternates.find((alternate) => alternate.lang === lang);
    return {
      lang,
      name: LANGUAGES[lang].name,
      href: own?.path ?? inLanguage(lang, locale.defaultLang, "/"),
      isTranslation: !!own,
      isCurrent: lang === locale.lang,
    };
  });
}

/**
 * hreflang links for the head (and the sitemap): every published version, this page included,
 * plus x-default (the default language's version, else the first in the site's order). Nothing
 * when the page exists in one language only.
 */
export function hreflangAlternates(
  locale: Pick<Locale, "defaultLang" | "languages">,
  alternates: Alternate[],
): Record<string, string> | undefined {
  const present = locale.languages
    .map((lang) => alternates.find((alternate) => alternate.lang === lang))
    .filter((alternate): alternate is Alternate => !!alternate);
  if (present.length < 2) return undefined;
  const fallback =
    present.find((alternate) => alternate.lang === locale.defaultLang) ?? present[0]!;
  return {
    ...Object.fromEntries(
      present.map((alternate) => [alternate.lang, absoluteUrl(alternate.path)]),
    ),
    "x-default": absoluteUrl(fallback.path),
  };
}

/** The same page in every site language, for pages that exist in all (home, search). */
export function everyLanguage(locale: Locale, path: string): Alternate[] {
  return locale.languages.map((lang) => ({
    lang,
    path: inLanguage(lang, locale.defaultLang, path),
  }));
}
