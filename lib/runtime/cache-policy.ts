/**
 * What a public page tells caches: browsers ask again every time (a cheap 304 when nothing
 * changed), shared caches (a CDN, Varnish, a proxy) may keep it `sharedMaxAge` seconds
 * (SHARED_CACHE_MAX_AGE, a minute by default) and serve it stale for five minutes more while
 * fetching it again, and for a day while the site is down. An edit therefore shows everywhere
 * within a minute even when nobody purges anything.
 */
export function publicPageCache(sharedMaxAge = 60): string {
  return [
    "public",
    "max-age=0",
    `s-maxage=${sharedMaxAge}`,
    "stale-while-revalidate=300",
    "stale-if-error=86400",
  ].join(", ");
}
export const PUBLIC_PAGE_CACHE = publicPageCache();

/** For anything that depends on who asks: never stored by any cache. */
export const PRIVATE_CACHE = "private, no-store";

/** The staff area, sign-in, the API, the live comment view, the unsubscribe page and shared
 * previews (the last three in every language: /be/news/…/live). */
const PRIVATE_PATHS = [
  /^\/admin(?:[/?]|$)/,
  /^\/login(?:[/?]|$)/,
  // The links of an invitation, a password reset and a new-device email: secrets, each for one
  // person.
  /^\/(?:invite|reset|session)\//,
  /^\/api\//,
  /^(?:\/[a-z]{2})?\/news\/[^/?]+\/live(?:[/?]|$)/,
  /^(?:\/[a-z]{2})?\/comments\/unsubscribe(?:[/?]|$)/,
  // A petition's sign form (a token per reader) and the pages an emailed link opens.
  /^(?:\/[a-z]{2})?\/petitions\/[^/?]+\/sign(?:[/?]|$)/,
  /^(?:\/[a-z]{2})?\/petitions\/(?:confirm|withdraw)(?:[/?]|$)/,
  // A shared preview of an unpublished article: the link is a secret and may be revoked any time.
  /^(?:\/[a-z]{2})?\/preview\/[^/?]+(?:[/?]|$)/,
];

/**
 * A petition's pages show its count and its signers' names: shared caches keep them half a
 * minute and never serve them stale while the site is down, so a withdrawn name is gone soon.
 */
const PETITION_PAGE = /^(?:\/[a-z]{2})?\/petitions(?:\/[^/?]+)?\/?(?:\?|$)/;
export function petitionPageCache(sharedMaxAge = 60): string {
  return `public, max-age=0, s-maxage=${Math.min(30, sharedMaxAge)}, stale-while-revalidate=30`;
}
export const PETITION_PAGE_CACHE = petitionPageCache();

const SESSION_COOKIES = /(?:^|;\s*)(?:(?:__Secure-)?authjs\.[\w.-]+|commenter)=/;

/** A signed-in reader's request: staff (Auth.js) or a commenter who confirmed their address. */
export function hasSessionCookie(cookie: string | undefined): boolean {
  return SESSION_COOKIES.test(cookie ?? "");
}

export type CacheInput = {
  /** The request's path with its query. */
  path: string;
  cookie: string | undefined;
  contentType: string | undefined;
  /** What Next.js sent. */
  cacheControl: string | undefined;
  /** SHARED_CACHE_MAX_AGE: how long shared caches may keep a public page. */
  sharedMaxAge?: number;
};

/** The Cache-Control to send, or undefined to keep what Next.js sent. */
export function cachePolicy(input: CacheInput): string | undefined {
  if (PRIVATE_PATHS.some((pattern) => pattern.test(input.path))) return PRIVATE_CACHE;
  const upstream = input.cacheControl ?? "";
  if (/\bimmutable\b/.test(upstream)) return undefined;
  const isHtml = (input.contentType ?? "").startsWith("text/html");
  if (isHtml && hasSessionCookie(input.cookie)) return PRIVATE_CACHE;
  // Next.js marks pages it serves from its cache with s-maxage of a year (its default).
  if (/\bs-maxage=/.test(upstream)) {
    return PETITION_PAGE.test(input.path)
      ? petitionPageCache(input.sharedMaxAge)
      : publicPageCache(input.sharedMaxAge);
  }
  return undefined;
}
