import { type NextRequest, NextResponse } from "next/server";
import { liveArticlePath } from "@/lib/comments/proxy";
import { internalHostname } from "@/lib/env";
import { DEFAULT_LANGUAGE_SEGMENT } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale";
import { pagedListPath } from "@/lib/site/proxy";

/** Top-level paths that are not public pages in a language: they keep their own routes. */
const OUTSIDE_LANGUAGES =
  /^\/(?:admin|login|invite|reset|session|api|media|og|icons|demo|_next|favicon\.ico|apple-touch-icon\.png|manifest\.webmanifest|robots\.txt|sitemap\.xml)(?:\/|$)/;

/**
 * Public pages live under `app/[lang]`: an address with a language prefix (/be/…) goes there as
 * it is, and one without it is rewritten under the default language's stand-in segment, so the
 * default language keeps its unprefixed addresses. On the way, old `?page=` links redirect and
 * commenters are sent to the live article view.
 */
export function languageProxy(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (OUTSIDE_LANGUAGES.test(pathname)) return undefined;
  const { segment, rest } = splitLanguagePrefix(pathname);
  const prefix = segment === DEFAULT_LANGUAGE_SEGMENT ? "" : `/${segment}`;

  const paged = pagedListPath(rest, searchParams);
  if (paged !== null) {
    const url = request.nextUrl.clone();
    url.hostname = internalHostname() ?? url.hostname;
    url.searchParams.delete("page");
    url.pathname = prefix ? (paged === "/" ? prefix : `${prefix}${paged}`) : paged;
    return NextResponse.redirect(url, 308);
  }

  const live = liveArticlePath(rest, request);
  if (live === null && prefix) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${segment}${live ?? (rest === "/" ? "" : rest)}`;
  url.hostname = internalHostname() ?? url.hostname;
  return NextResponse.rewrite(url);
}
