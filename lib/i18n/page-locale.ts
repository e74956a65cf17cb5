import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { type Locale, resolveLanguageSegment } from "@/lib/i18n/locale";
import { getSiteSettings } from "@/lib/settings/queries";

/**
 * The locale of a public page from its `[lang]` segment. A language the site does not have is a
 * missing page; the default language asked for with its prefix moves to the same page without it
 * (`unprefixedPath` is that page's address without a prefix; `query`, the page's query, is kept).
 */
export async function pageLocale(
  segment: string,
  unprefixedPath = "/",
  query?: Record<string, string | string[] | undefined>,
): Promise<Locale> {
  const resolved = resolveLanguageSegment(segment, await getSiteSettings());
  if (resolved.kind === "missing") notFound();
  if (resolved.kind === "unprefixed") permanentRedirect(withQuery(unprefixedPath, query));
  return resolved.locale;
}

/** A path with the page's query kept (a search, an emailed token), so a redirect loses neither. */
function withQuery(path: string, query?: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      search.append(key, one);
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The locale of a page whose segment may not be a language the site has (layouts, 404s). */
export async function lenientLocale(segment: string): Promise<Locale> {
  const settings = await getSiteSettings();
  const resolved = resolveLanguageSegment(segment, settings);
  return resolved.kind === "missing"
    ? {
        lang: settings.defaultLanguage,
        defaultLang: settings.defaultLanguage,
        languages: settings.languages,
      }
    : resolved.locale;
}

/**
 * The locale of a route handler's `[lang]` segment (feeds), or null for a language the site does
 * not have. Route handlers answer the default language with or without its prefix.
 */
export async function routeLocale(segment: string): Promise<Locale | null> {
  const resolved = resolveLanguageSegment(segment, await getSiteSettings());
  return resolved.kind === "missing" ? null : resolved.locale;
}
