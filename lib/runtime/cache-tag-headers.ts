import type http from "node:http";

/**
 * The header that carries a response's cache tags from Next.js to the front: filled by the cache
 * handler (lib/runtime/next-cache-handler.mjs) for cached pages, and by the feeds and sitemap
 * themselves, which are rendered per request from cached data.
 */
export const INTERNAL_TAGS = "x-campaign-cache-tags";

/**
 * How shared caches are told what a response shows: `Surrogate-Key` (space-separated) for
 * Varnish (deploy/varnish) and Fastly, `Cache-Tag` (comma-separated) for Cloudflare, nothing
 * when no purger is configured (the tags would only travel to readers).
 */
export type TagHeaderStyle = "surrogate-key" | "cache-tag" | null;

export function tagHeaderStyle(
  purger: "none" | "varnish" | "cloudflare" | "fastly",
): TagHeaderStyle {
  if (purger === "varnish" || purger === "fastly") return "surrogate-key";
  if (purger === "cloudflare") return "cache-tag";
  return null;
}

// Next.js's implicit path tags (`_N_T_/news/x`) are never revalidated for public pages; only the
// app's own tags (lib/cache-tags.ts) name content.
const APP_TAG = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

/** The app's tags of a response, from the header Next.js sent (comma-separated). */
export function responseTags(headers: http.IncomingHttpHeaders): string[] {
  const raw = headers[INTERNAL_TAGS];
  const text = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const tags = text
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => APP_TAG.test(tag));
  return [...new Set(tags)].sort();
}

/**
 * Removes the internal tag headers from `out` and, when the answer may be kept by shared caches
 * and a purger is configured, names its tags in the header that cache reads.
 */
export function setTagHeaders(
  out: http.OutgoingHttpHeaders,
  tags: readonly string[],
  { style, shared }: { style: TagHeaderStyle; shared: boolean },
): void {
  delete out[INTERNAL_TAGS];
  delete out["x-next-cache-tags"];
  delete out["surrogate-key"];
  delete out["cache-tag"];
  if (!shared || !style || tags.length === 0) return;
  if (style === "surrogate-key") out["surrogate-key"] = tags.join(" ");
  else out["cache-tag"] = tags.join(",");
}
