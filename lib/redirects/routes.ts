import { splitLanguagePrefix } from "@/lib/i18n/locale";

/**
 * What a request path is to the redirect lookup:
 * - `outside`: the staff area, sign-in, the API, files, icons, feeds of the whole site… (never
 *   an old address);
 * - `root`: the home page, where WordPress's query links live (`/?p=12`);
 * - `own`: the shape of one of this site's reading pages (`/news/<slug>`, `/tag/<slug>/page/2`,
 *   `/people`, …): it is this site's address, looked up only when it ends in a slash (this site
 *   never writes one, old links do);
 * - `page`: one segment, `/<slug>` (or `/be/<slug>`): a background page's address, which old
 *   WordPress pages and posts share; the page wins when it exists;
 * - `other`: anything else (`/2020/05/12/old-post`, `/archives/123`, `/about/contacts`).
 */
export type PathClass = "outside" | "root" | "own" | "page" | "other";

/** Top-level paths outside the language pages (lib/i18n/proxy.ts) and the public/ files. */
const OUTSIDE =
  /^\/(?:admin|login|api|media|og|icons|demo|_next|favicon\.ico|apple-touch-icon\.png|manifest\.webmanifest|robots\.txt|sitemap\.xml|embed-facade\.js|enhance)(?:\/|$)/;

/** The one-segment reading pages of app/[lang] that are not background pages. */
const OWN_TOP = /^\/(?:badge|search|people|people\.json|petitions|feed\.xml|page-not-found)$/;

/** The deeper reading pages of app/[lang] (a test checks this against the folders there). */
const OWN_DEEPER = [
  /^\/page\/[^/]+$/,
  /^\/news\/[^/]+(?:\/live|\/comments\/feed\.xml|\/comments\/[^/]+)?$/,
  /^\/(?:category|tag|region)\/[^/]+(?:\/feed\.xml|\/page\/[^/]+)?$/,
  /^\/comments\/(?:feed\.xml|unsubscribe)$/,
  /^\/people\/[^/]+(?:\/postcard)?$/,
  /^\/petitions\/[^/]+(?:\/sign|\/signed)?$/,
  /^\/preview\/[^/]+$/,
];

/** The class of a path without its query and trailing slash (`/news/x`, not `/news/x/`). */
export function classifyPath(pathname: string): PathClass {
  if (pathname === "/") return "root";
  if (OUTSIDE.test(pathname)) return "outside";
  const { rest } = splitLanguagePrefix(pathname);
  if (rest === "/") return "own";
  if (OWN_TOP.test(rest) || OWN_DEEPER.some((pattern) => pattern.test(rest))) return "own";
  return /^\/[^/]+$/.test(rest) ? "page" : "other";
}

/** `/a/b///` is `/a/b`; `/` stays. */
export function trimTrailingSlashes(pathname: string): string {
  return pathname.replace(/(?<=.)\/+$/, "");
}
