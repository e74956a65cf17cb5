import {
  SEARCH_PAGE,
  type SiteOrigins,
  addressKey,
  relativeHref,
  siteUrl,
} from "@/lib/static-export/addresses";
import type { UrlRewrite } from "@/lib/static-export/css";

/** What the crawl found: the file of every address fetched, and where redirects led. */
export type MirrorIndex = {
  origins: SiteOrigins;
  /** Address key → mirror file. */
  files: ReadonlyMap<string, string>;
  /** Address key → the key it redirected to. */
  aliases: ReadonlyMap<string, string>;
};

/** The mirror file of an address key, following redirects (a few hops at most), or null. */
function fileOfKey(index: MirrorIndex, key: string): string | null {
  let current = key;
  for (let hop = 0; hop < 5; hop += 1) {
    const file = index.files.get(current);
    if (file) return file;
    const next = index.aliases.get(current);
    if (!next) return null;
    current = next;
  }
  return null;
}

/**
 * Rewrites the addresses in one mirror file (`fromFile`, fetched from `pageUrl`): an address of
 * the site becomes a relative link to its file, fragment kept (a link to the same file is the
 * fragment alone); one the mirror lacks is null; another site's, a fragment or data: stays. A
 * search (/search?q=…) goes to the mirror's search page with the same words: it searches there.
 */
export function linkRewriter(index: MirrorIndex, pageUrl: URL, fromFile: string): UrlRewrite {
  return (raw) => {
    const url = siteUrl(raw, pageUrl, index.origins);
    if (!url) return undefined;
    const key = addressKey(url);
    const query = url.searchParams.get("q");
    if (key === null && query !== null && SEARCH_PAGE.test(url.pathname)) {
      const searchFile = fileOfKey(index, url.pathname);
      return searchFile && relativeHref(fromFile, searchFile, `?q=${encodeURIComponent(query)}`);
    }
    const file = key === null ? null : fileOfKey(index, key);
    if (!file) return null;
    if (file === fromFile && url.hash) return url.hash;
    return relativeHref(fromFile, file, url.hash);
  };
}
