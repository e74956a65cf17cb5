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
