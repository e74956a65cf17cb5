import { DEFAULT_LANGUAGE_SEGMENT, type Lang, isLang } from "@/lib/i18n/languages";

/** The language a page is in, with what its links need to know about the site's languages. */
export type Locale = {
  lang: Lang;
  /** The language whose addresses carry no prefix. */
  defaultLang: Lang;
  /** The site's languages, in the switcher's order. */
  languages: Lang[];
};

/** "" for the default language, "/be" for Belarusian when it is not the default. */
export function languagePrefix(lang: Lang, defaultLang: Lang): string {
  return lang === defaultLang ? "" : `/${lang}`;
}

/** A site path in a language: `inLanguage("be", "en", "/news/x")` is "/be/news/x". */
export function inLanguage(lang: Lang, defaultLang: Lang, path: string): string {
  const prefix = languagePrefix(lang, defaultLang);
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path.startsWith("/") ? path : `/${path}`}`;
}

/** A site path in the page's own language. */
export function localePath(locale: Locale, path: string): string {
  return inLanguage(locale.lang, locale.defaultLang, path);
}

export type ResolvedSegment =
  | { kind: "page"; locale: Locale }
  /** The default language asked for with its prefix: the same page lives without it. */
  | { kind: "unprefixed"; locale: Locale }
  | { kind: "missing" };

/**
 * What the first path segment of a public page means: the default language (the proxy's stand-in
 * segment), another of the site's languages, or nothing this site has.
 */
export function resolveLanguageSegment(
  segment: string,
  site: { defaultLanguage: Lang; languages: Lang[] },
): ResolvedSegment {
  const base = { defaultLang: site.defaultLanguage, languages: site.languages };
  if (segment === DEFAULT_LANGUAGE_SEGMENT) {
    return { kind: "page", locale: { ...base, lang: site.defaultLanguage } };
  }
  if (!isLang(segment) || !site.languages.includes(segment)) return { kind: "missing" };
  if (segment === site.defaultLanguage) {
    return { kind: "unprefixed", locale: { ...base, lang: segment } };
  }
  return { kind: "page", locale: { ...base, lang: segment } };
}

/**
 * The language of a public address as readers type it: its first segment when that is one of
 * the codes this software knows, otherwise the default language. Used by the proxy and the
 * front, which do not know the site's settings.
 */
export function splitLanguagePrefix(pathname: string): { segment: string; rest: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLang(match[1])) return { segment: match[1], rest: match[2] || "/" };
  return { segment: DEFAULT_LANGUAGE_SEGMENT, rest: pathname };
}
