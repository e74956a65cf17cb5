import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { announcePublicChange } from "@/lib/runtime/public-change";
import { forgetRecentSearches } from "@/lib/search/queries";

// `expire: 0`: the next reader gets fresh content, never a stale copy served while it rebuilds.
const NOW = { expire: 0 } as const;

/**
 * Every tag here names reads that public pages show, so each revalidation is a public change:
 * the front's memory of pages is emptied too, and the cache of recent searches when articles
 * change.
 */
function revalidate(tags: string[], { searches = false }: { searches?: boolean } = {}): void {
  for (const tag of tags) revalidateTag(tag, NOW);
  if (searches) forgetRecentSearches();
  announcePublicChange();
}

/** After an article is created, edited, published, unpublished, trashed or deleted. */
export function revalidateArticle(articleId: string): void {
  revalidate([cacheTags.article(articleId), cacheTags.articles], { searches: true });
}

/** After a comment under `articleId` is approved, unapproved, edited or deleted. */
export function revalidateComments(articleId: string): void {
  revalidate([cacheTags.comments(articleId), cacheTags.allComments]);
}

/** After a category, tag or region is created, renamed, merged or deleted. */
export function revalidateTerms(): void {
  revalidate([cacheTags.terms, cacheTags.articles], { searches: true });
}

export function revalidateSettings(): void {
  revalidate([cacheTags.settings]);
}

export function revalidateMedia(): void {
  revalidate([cacheTags.media, cacheTags.articles]);
}

/**
 * Every public read: at startup, so pages cached by the build or before a restore, a restart on
 * another address or writes made while no server ran are rendered afresh.
 */
export function revalidateEverything(): void {
  revalidate(
    [
      cacheTags.articles,
      cacheTags.terms,
      cacheTags.allComments,
      cacheTags.settings,
      cacheTags.media,
    ],
    { searches: true },
  );
}
