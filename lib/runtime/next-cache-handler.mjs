// Next.js's own cache (pages, feeds and data on this server's disk), unchanged but for one thing:
// the cache tags of a page or feed reach the HTTP front, which names them to the shared caches in
// front (Surrogate-Key, Cache-Tag) so a purge by tag drops exactly what a change touched. Next.js
// sends its `x-next-cache-tags` header only in its "minimal mode" for hosting platforms; here the
// same tags are copied to `x-campaign-cache-tags`, which it sends like any stored header. The
// front removes it from what readers receive (lib/runtime/cache-tag-headers.ts).
// Plain JavaScript: Next.js loads this file itself, outside its bundles, and it extends the very
// class Next.js would use (one module, so one shared record of revalidated tags).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// Node gives the CommonJS module object; a bundler may give its default export already.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

const NEXT_TAGS = "x-next-cache-tags";
const OUR_TAGS = "x-campaign-cache-tags";

/** Copies the tags of a stored page or route answer to the header the front reads. */
function exposeTags(value) {
  const headers = value && value.headers;
  if (headers && typeof headers[NEXT_TAGS] === "string") headers[OUR_TAGS] = headers[NEXT_TAGS];
}

export default class CampaignCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry) exposeTags(entry.value);
    return entry;
  }

  // The answer to the request that rendered the page is sent from this same object, after it
  // is stored: the first reader's copy carries the tags too.
  async set(key, data, context) {
    exposeTags(data);
    return super.set(key, data, context);
  }
}
