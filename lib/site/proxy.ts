import { type NextRequest, NextResponse } from "next/server";

/** Lists that page through /page/<n>; `?page=` on them is sent to that canonical form. */
const PAGED_LIST = /^\/(?:(?:category|tag|region)\/[^/]+\/?)?$/;

/**
 * Old-style `?page=N` links on the home page and archives redirect to `/…/page/N` (cacheable
 * pages). Invalid values land on a path that answers 404; page 1 goes to the unpaged URL.
 */
export function paginationProxy(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  const page = searchParams.get("page");
  if (page === null || !PAGED_LIST.test(pathname)) return undefined;
  const url = request.nextUrl.clone();
  url.searchParams.delete("page");
  const base = pathname.replace(/\/$/, "");
  url.pathname =
    page.trim() === "1" ? base || "/" : `${base}/page/${encodeURIComponent(page.trim() || "0")}`;
  return NextResponse.redirect(url, 308);
}
