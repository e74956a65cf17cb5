import "server-only";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import type { BuiltFeed } from "@/lib/feeds/build";
import {
  getArticleCommentsFeed,
  getCommentsFeed,
  getSiteFeed,
  getTermFeed,
} from "@/lib/feeds/feeds";
import { getSiteSettings } from "@/lib/settings/queries";

/** What the cache keeps: plain JSON (dates as ISO strings). */
type CachedFeed = { xml: string; lastModified: string };

function toCached(feed: BuiltFeed | null): CachedFeed | null {
  return feed && { xml: feed.xml, lastModified: feed.lastModified.toISOString() };
}

const articleTags = [cacheTags.articles, cacheTags.terms, cacheTags.settings];
const commentTags = [cacheTags.allComments, cacheTags.articles, cacheTags.settings];
// Writes revalidate these tags at once; the time limit only catches articles whose scheduled
// publication time passes while nothing is written.
const options = { revalidate: 300 };

export const getCachedSiteFeed = cachedQuery(
  async () => toCached(await getSiteFeed(await getSiteSettings())),
  "feeds:site",
  articleTags,
  options,
);

/** A term's feed, by the id of a term that published news carries (looked up uncached first). */
export const getCachedTermFeed = cachedQuery(
  async (termId: string) => toCached(await getTermFeed(termId, await getSiteSettings())),
  "feeds:term",
  articleTags,
  options,
);

export const getCachedCommentsFeed = cachedQuery(
  async () => toCached(await getCommentsFeed(await getSiteSettings())),
  "feeds:comments",
  commentTags,
  options,
);

/** An article's comment feed, by the id of a published article (looked up uncached first). */
export const getCachedArticleCommentsFeed = cachedQuery(
  async (articleId: string) =>
    toCached(await getArticleCommentsFeed(articleId, await getSiteSettings())),
  "feeds:article-comments",
  (articleId) => [cacheTags.comments(articleId), cacheTags.article(articleId), cacheTags.settings],
  options,
);
