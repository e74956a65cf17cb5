/** Lists that page through /page/<n>; `?page=` on them is sent to that canonical form. */
const PAGED_LIST = /^\/(?:(?:category|tag|region)\/[^/]+\/?)?$/;

/**
 * Old-style `?page=N` links on the home page and archives go to `/…/page/N` (cacheable pages):
 * the new path (without language prefix), or null when the request is not one of those.
 * Invalid values land on a path that answers 404; page 1 goes to the unpaged URL.
 */
export function pagedListPath(rest: string, searchParams: URLSearchParams): string | null {
  const page = searchParams.get("page");
  if (page === null || !PAGED_LIST.test(rest)) return null;
  const base = rest.replace(/\/$/, "");
  return page.trim() === "1"
    ? base || "/"
    : `${base}/page/${encodeURIComponent(page.trim() || "0")}`;
}

/**
 * Paths that are not public HTML pages: the staff area, sign-in, the API, files, feeds and
 * the sitemap. Tor Browser offers an onion site only for pages.
 */
const NOT_PUBLIC_PAGES =
  /^\/(?:admin|login|api|media|og|icons|demo|_next|favicon\.ico|apple-touch-icon\.png|manifest\.webmanifest|robots\.txt|sitemap\.xml|embed-facade\.js|enhance)(?:\/|$)|\/(?:feed\.xml|people\.json)$/;

/**
 * The Onion-Location header for a public page read at `pathname` + `search`: the onion
 * address with the same path and query, or null when there is none or the path is not a page.
 */
export function onionLocation(
  onionAddress: string,
  pathname: string,
  search: string,
): string | null {
  if (!onionAddress || NOT_PUBLIC_PAGES.test(pathname)) return null;
  return `${onionAddress}${pathname}${search}`;
}
