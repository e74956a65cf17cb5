import { createHash } from "node:crypto";
import path from "node:path";

/**
 * Addresses of the public site and the files of its mirror. A site address is reduced to a key
 * (path and query, without the fragment), and each key has one file: pages are saved as
 * `<path>/index.html` (file:// has no directory index), files keep their names, and a query
 * becomes part of a plain file name.
 */

/** An optional language prefix (/be, /ru) before a path. */
const LANG = String.raw`(?:/[a-z]{2})?`;

/**
 * Paths that are never in the mirror: the staff area, sign-in, the API, previews, the live
 * comment view, every step of signing a petition, unsubscribing, and the not-found page.
 */
const EXCLUDED = new RegExp(
  [
    String.raw`^/(?:admin|login|api)(?:/|$)`,
    String.raw`^${LANG}/preview(?:/|$)`,
    String.raw`^${LANG}/news/[^/]+/live(?:/|$)`,
    String.raw`^${LANG}/petitions/(?:confirm|withdraw)(?:/|$)`,
    String.raw`^${LANG}/petitions/[^/]+/(?:sign|signed)(?:/|$)`,
    String.raw`^${LANG}/comments/unsubscribe(?:/|$)`,
    String.raw`^${LANG}/page-not-found$`,
  ].join("|"),
);

/** Pages rendered per query (a search, the people list filtered): the mirror has none of them. */
const PER_QUERY = new RegExp(String.raw`^${LANG}/(?:search|people)$`);

/** A petition's signing page: in the mirror, links to it lead to the petition, which says how. */
const SIGN_PAGE = new RegExp(String.raw`^(${LANG}/petitions/[^/]+)/sign$`);

/** The comment form's own query parameters: the mirror has one page without them. */
const COMMENT_PARAMS = ["respond", "replyto"];

/** The site's search page in a language: "/search" or "/be/search". */
export const SEARCH_PAGE = new RegExp(String.raw`^${LANG}/search$`);

/** The origins (scheme, host and port) this site answers on: where it was fetched, SITE_URL. */
export type SiteOrigins = ReadonlySet<string>;

/** An http(s) URL on one of the site's origins, or null (another site, mailto:, data:…). */
export function siteUrl(raw: string, base: URL, origins: SiteOrigins): URL | null {
  const value = raw.trim();
  if (value === "" || value.startsWith("#")) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return origins.has(url.origin) ? url : null;
}

/**
 * The key of a site address in the mirror ("/news/x", "/sitemap.xml?part=2"), or null when the
 * address is not in it. The comment form's parameters are dropped and a signing page is its
 * petition, so those links lead to the page that says where to comment or sign.
 */
export function addressKey(url: URL): string | null {
  let pathname = url.pathname;
  if (pathname.length > 1 && pathname.endsWith("/")) pathname = pathname.replace(/\/+$/, "") || "/";
  const sign = SIGN_PAGE.exec(pathname);
  if (sign?.[1]) return sign[1];
  if (EXCLUDED.test(pathname)) return null;
  const params = new URLSearchParams(url.search);
  for (const name of COMMENT_PARAMS) params.delete(name);
  const query = params.toString();
  if (query && PER_QUERY.test(pathname)) return null;
  return query ? `${pathname}?${query}` : pathname;
}

/** The last segment ends in an extension: a file (feed.xml, w480.webp), not a page. */
function isFileName(segment: string): boolean {
  return /\.[A-Za-z0-9]{1,16}$/.test(segment);
}

/** A query as part of a file name: "page=2" is "page-2"; anything less plain gets a hash too. */
function querySuffix(query: string): string {
  const plain = query.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const isPlain = /^[A-Za-z0-9]+=[A-Za-z0-9]+(?:&[A-Za-z0-9]+=[A-Za-z0-9]+)*$/.test(query);
  if (isPlain && plain.length <= 60) return plain;
  const hash = createHash("sha256").update(query).digest("hex").slice(0, 10);
  return `${plain.slice(0, 40)}-${hash}`.replace(/^-/, "");
}

/**
 * The file a key is saved as, relative to the mirror's folder, or null when its path cannot be
 * one (an encoded slash, a dot segment). "/" is "index.html"; "/news/x" "news/x/index.html";
 * "/feed.xml" "feed.xml"; "/sitemap.xml?part=2" "sitemap-part-2.xml"; "/x?page=2"
 * "x/index-page-2.html".
 */
export function fileForKey(key: string): string | null {
  const [pathname = "/", query = ""] = key.split(/\?(.*)/s, 2);
  const segments: string[] = [];
  for (const raw of pathname.split("/").filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "." || segment === ".." || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1);
  const suffix = query ? `-${querySuffix(query)}` : "";
  if (last && isFileName(last)) {
    const extension = path.posix.extname(last);
    segments[segments.length - 1] = `${last.slice(0, -extension.length)}${suffix}${extension}`;
    return segments.join("/");
  }
  return [...segments, `index${suffix}.html`].join("/");
}

/** Percent-encodes what a relative URL cannot carry as it is, segment by segment. */
function encodePath(relative: string): string {
  return relative
    .split("/")
    .map((segment) =>
      segment === "." || segment === ".."
        ? segment
        : encodeURIComponent(segment).replace(/%40/g, "@").replace(/%2C/g, ","),
    )
    .join("/");
}

/**
 * The link from one mirror file to another: relative, so the mirror works from any folder of any
 * host and from file://. `fragment` is kept ("#respond").
 */
export function relativeHref(fromFile: string, toFile: string, fragment = ""): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile) || toFile;
  return `${encodePath(relative)}${fragment}`;
}

/** An address on this machine only (SITE_URL not set): no reader elsewhere can open it. */
export function isLoopbackOrigin(origin: string): boolean {
  return /^https?:\/\/(?:localhost|127\.[\d.]+|\[::1\])(?::\d+)?$/.test(origin);
}
