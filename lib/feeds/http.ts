import { INTERNAL_TAGS } from "@/lib/runtime/cache-tag-headers";
import { createHash } from "node:crypto";

const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

/** A strong ETag: the hash of exactly the bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/** RFC 9110: If-None-Match wins over If-Modified-Since when both are sent. */
export function isNotModified(
  headers: Headers,
  validators: { etag: string; lastModified: Date },
): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, validators.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
}

/**
 * Answers a GET for generated XML with validators, or 304 when the client's copy is current, so
 * feed readers and crawlers that poll often cost one hash instead of a download.
 */
export function xmlResponse(
  request: Request,
  body: string,
  lastModified: Date,
  contentType: string = RSS_CONTENT_TYPE,
  /** The cache tags of what it shows, named to shared caches by the front. */
  tags: readonly string[] = [],
): Response {
  const etag = etagOf(body);
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    // Feed readers may keep it five minutes; shared caches a minute, as for pages.
    "Cache-Control":
      "public, max-age=300, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400",
  });
  if (tags.length > 0) headers.set(INTERNAL_TAGS, tags.join(","));
  if (isNotModified(request.headers, { etag, lastModified })) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", contentType);
  return new Response(body, { status: 200, headers });
}

/** A cached feed as an HTTP answer; 404 when the feed's term or article does not exist. */
export function feedResponse(
  request: Request,
  feed: { xml: string; lastModified: string; tags: string[] } | null,
): Response {
  if (!feed) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return xmlResponse(request, feed.xml, new Date(feed.lastModified), RSS_CONTENT_TYPE, feed.tags);
}
