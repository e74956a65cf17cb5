import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import type { BuiltFeed } from "@/lib/feeds/build";
import {
  getArticleCommentsFeed,
  getCommentsFeed,
  getSiteFeed,
  getTermFeed,
} from "@/lib/feeds/feeds";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
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
const revalidate = 300;

export const getCachedSiteFeed = unstable_cache(
  async () => toCached(await getSiteFeed(await getSiteSettings())),
  ["feeds:site"],
  { tags: articleTags, revalidate },
);

export const getCachedTermFeed = unstable_cache(
  async (taxonomy: Taxonomy, slug: string) =>
    toCached(await getTermFeed(taxonomy, slug, await getSiteSettings())),
  ["feeds:term"],
  { tags: articleTags, revalidate },
);

export const getCachedCommentsFeed = unstable_cache(
  async () => toCached(await getCommentsFeed(await getSiteSettings())),
  ["feeds:comments"],
  { tags: commentTags, revalidate },
);

// Tagged with all comments rather than comments(id): the id is only known once the slug is looked
// up, and revalidateComments(id) revalidates both tags.
export const getCachedArticleCommentsFeed = unstable_cache(
  async (slug: string) => toCached(await getArticleCommentsFeed(slug, await getSiteSettings())),
  ["feeds:article-comments"],
  { tags: commentTags, revalidate },
);
