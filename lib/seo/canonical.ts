import { absoluteUrl } from "@/lib/urls";

const PAGED = /^(.*?)\/page\/(\d+)$/;
/** The search page, in the default language or under a language prefix ("/be/search"). */
const SEARCH = /^(?:\/[a-z]{2})?\/search$/;

/**
 * The one URL search engines should index for a page, as a path. Page 1 of a list is its unpaged
 * URL, /page/<n> is itself; query strings are dropped except the search's `q`.
 */
export function canonicalPath(path: string, page?: number): string {
  const url = new URL(path, "http://canonical.invalid");
  let pathname = url.pathname.replace(/\/+$/, "") || "/";
  let pageNumber = page;
  const paged = PAGED.exec(pathname);
  if (paged) {
    pathname = paged[1] || "/";
    pageNumber ??= Number(paged[2]);
  }
  if (SEARCH.test(pathname)) {
    const query = url.searchParams.get("q")?.trim();
    return query ? `${pathname}?${new URLSearchParams({ q: query }).toString()}` : pathname;
  }
  if (pageNumber && pageNumber > 1) {
    return `${pathname === "/" ? "" : pathname}/page/${pageNumber}`;
  }
  return pathname;
}

/** The absolute canonical URL: `canonicalFor("/tag/viasna", 2)` -> `<site>/tag/viasna/page/2`. */
export function canonicalFor(path: string, page?: number): string {
  return absoluteUrl(canonicalPath(path, page));
}

/** Search results are for people, not for an index; links from them may still be followed. */
export function isSearchPath(path: string): boolean {
  return SEARCH.test(new URL(path, "http://canonical.invalid").pathname.replace(/\/+$/, ""));
}
