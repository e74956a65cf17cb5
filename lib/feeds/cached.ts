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
import { getMirrorSettings, getSiteSettings } from "@/lib/settings/queries";

/** What the cache keeps: plain JSON (dates as ISO strings), and the tags it is kept under. */
type CachedFeed = { xml: string; lastModified: string; tags: string[] };

function toCached(feed: BuiltFeed | null, tags: readonly string[]): CachedFeed | null {
  return feed && { xml: feed.xml, lastModified: feed.lastModified.toISOString(), tags: [...tags] };
}

const articleCommentTags = (articleId: string) => [
  cacheTags.comments(articleId),
  cacheTags.article(articleId),
  cacheTags.settings,
];

const articleTags = [cacheTags.articles, cacheTags.terms, cacheTags.settings];
const commentTags = [cacheTags.allComments, cacheTags.articles, cacheTags.settings];
/** Every feed's items end with the site's mirrors and onion address, when it has any. */
const withMirrors = async () => ({ mirrors: await getMirrorSettings() });

// Writes revalidate these tags at once; the time limit only catches articles whose scheduled
// publication time passes while nothing is written.
const options = { revalidate: 300 };

export const getCachedSiteFeed = cachedQuery(
  async (locale: Locale) =>
    toCached(await getSiteFeed(await getSiteSettings(), locale, await withMirrors()), articleTags),
  "feeds:site",
  articleTags,
  options,
);

/** A term's feed, by the id of a term that published news carries (looked up uncached first). */
export const getCachedTermFeed = cachedQuery(
  async (termId: string, locale: Locale) =>
    toCached(
      await getTermFeed(termId, await getSiteSettings(), locale, await withMirrors()),
      articleTags,
    ),
  "feeds:term",
  articleTags,
  options,
);

export const getCachedCommentsFeed = cachedQuery(
  async (locale: Locale) =>
    toCached(
      await getCommentsFeed(await getSiteSettings(), locale, await withMirrors()),
      commentTags,
    ),
  "feeds:comments",
  commentTags,
  options,
);

/** An article's comment feed, by the id of a published article (looked up uncached first). */
export const getCachedArticleCommentsFeed = cachedQuery(
  async (articleId: string, locale: Locale) =>
    toCached(
      await getArticleCommentsFeed(articleId, await getSiteSettings(), locale, await withMirrors()),
      articleCommentTags(articleId),
    ),
  "feeds:article-comments",
  articleCommentTags,
  options,
);
