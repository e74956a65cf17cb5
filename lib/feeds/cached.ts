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
import type { Locale } from "@/lib/i18n/locale";
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
  async (locale: Locale) => toCached(await getSiteFeed(await getSiteSettings(), locale)),
  "feeds:site",
  articleTags,
  options,
);

/** A term's feed, by the id of a term that published news carries (looked up uncached first). */
export const getCachedTermFeed = cachedQuery(
  async (termId: string, locale: Locale) =>
    toCached(await getTermFeed(termId, await getSiteSettings(), locale)),
  "feeds:term",
  articleTags,
  options,
);

export const getCachedCommentsFeed = cachedQuery(
  async (locale: Locale) => toCached(await getCommentsFeed(await getSiteSettings(), locale)),
  "feeds:comments",
  commentTags,
  options,
);

/** An article's comment feed, by the id of a published article (looked up uncached first). */
export const getCachedArticleCommentsFeed = cachedQuery(
  async (articleId: string, locale: Locale) =>
    toCached(await getArticleCommentsFeed(articleId, await getSiteSettings(), locale)),
  "feeds:article-comments",
  (articleId) => [cacheTags.comments(articleId), cacheTags.article(articleId), cacheTags.settings],
  options,
);
