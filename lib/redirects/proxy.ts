import { type NextRequest, NextResponse } from "next/server";
import { internalHostname } from "@/lib/env";
import { DEFAULT_LANGUAGE_SEGMENT, isLang } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale";
import { findRedirectTarget, isPublishedPage, recordRedirectHit } from "@/lib/redirects/lookup";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { classifyPath, trimTrailingSlashes } from "@/lib/redirects/routes";
import { searchPath } from "@/lib/urls";

/**
 * Browsers and shared caches may keep an old address's answer an hour: repeat visits skip the
 * hop, and a target staff correct reaches everyone within the hour (a 301 without a lifetime is
 * kept indefinitely by browsers).
 */
const MOVED_CACHE = "public, max-age=3600";

/** `path` on this site, named by the host Next.js knows itself by so the Location is a bare path. */
function siteUrl(request: NextRequest, path: string): URL {
  const base = request.nextUrl.clone();
  base.hostname = internalHostname() ?? base.hostname;
  return new URL(path, base.origin);
}

function moved(request: NextRequest, target: string): NextResponse {
  const response = NextResponse.redirect(siteUrl(request, target), 301);
  response.headers.set("cache-control", MOVED_CACHE);
  return response;
}

/** The site's 404: every address of two segments the routes do not know ends in notFound(). */
function missing(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.hostname = internalHostname() ?? url.hostname;
  url.pathname = `/${DEFAULT_LANGUAGE_SEGMENT}/page-not-found/old-address`;
  url.search = "";
  return NextResponse.rewrite(url);
}

async function lookUp(key: string): Promise<string | null> {
  try {
    const found = await findRedirectTarget(key);
    if (!found) return null;
    recordRedirectHit(found.id);
    return found.target;
  } catch (error) {
    // The page itself answers (or fails) as it would have without redirects.
    console.error("[redirects] lookup failed", error);
    return null;
  }
}

/** A one-segment address (normalized) that a published background page holds: the page wins. */
async function isPageAddress(key: string): Promise<boolean> {
  const { segment, rest } = splitLanguagePrefix(key);
  try {
    return await isPublishedPage(isLang(segment) ? segment : null, rest.slice(1));
  } catch (error) {
    console.error("[redirects] page list failed", error);
    return true;
  }
}

/** The answer to an old address read with GET or HEAD, or undefined to carry on. */
async function oldAddressAnswer(
  request: NextRequest,
  trimmed: string,
  hasSlash: boolean,
): Promise<NextResponse | undefined> {
  const kind = classifyPath(trimmed);
  if (kind === "outside" || (kind === "own" && !hasSlash)) return undefined;
  const { search, searchParams } = request.nextUrl;
  if (kind === "root" || /^\/index\.php$/i.test(trimmed)) {
    const key = normalizeRedirectPath(`/${search}`);
    if (!key) {
      const words = searchParams.get("s")?.trim();
      return words ? moved(request, searchPath(undefined, words)) : undefined;
    }
    // WordPress's /?p=999 for nothing moved here is a missing page, not the home page.
    const target = await lookUp(key);
    return target ? moved(request, target) : missing(request);
  }
  const key = normalizeRedirectPath(trimmed);
  if (!key || (kind === "page" && (await isPageAddress(key)))) return undefined;
  const target = await lookUp(key);
  return target ? moved(request, target) : undefined;
}

/**
 * Old addresses (a WordPress site's, or ones staff added) answer 301 with their new one. Only
 * addresses this site does not answer itself are looked up (see classifyPath), so reading pages
 * pay no query; a one-segment address is looked up unless a published page holds it (known from
 * memory). A trailing slash, which this site never writes, is looked up too, then removed with
 * 308 as Next.js itself would (next.config's skipTrailingSlashRedirect leaves it to this proxy, so
 * `/old-post/` is one 301, not a 308 and then a 301).
 */
export async function redirectProxy(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, search } = request.nextUrl;
  const trimmed = trimTrailingSlashes(pathname);
  const hasSlash = trimmed !== pathname;
  if (request.method === "GET" || request.method === "HEAD") {
    const answer = await oldAddressAnswer(request, trimmed, hasSlash);
    if (answer) return answer;
  }
  if (!hasSlash) return undefined;
  // Collapsed, so `//host/` can never become a Location that leaves the site.
  return NextResponse.redirect(
    siteUrl(request, `${trimmed.replace(/\/{2,}/g, "/")}${search}`),
    308,
  );
}
