import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

// `expire: 0`: the next reader gets fresh content, never a stale copy served while it rebuilds.
const NOW = { expire: 0 } as const;

/** After an article is created, edited, published, unpublished, trashed or deleted. */
export function revalidateArticle(articleId: string): void {
  revalidateTag(cacheTags.article(articleId), NOW);
  revalidateTag(cacheTags.articles, NOW);
}

/** After a comment under `articleId` is approved, unapproved, edited or deleted. */
export function revalidateComments(articleId: string): void {
  revalidateTag(cacheTags.comments(articleId), NOW);
  revalidateTag(cacheTags.allComments, NOW);
}

/** After a category, tag or region is created, renamed, merged or deleted. */
export function revalidateTerms(): void {
  revalidateTag(cacheTags.terms, NOW);
  revalidateTag(cacheTags.articles, NOW);
}

export function revalidateSettings(): void {
  revalidateTag(cacheTags.settings, NOW);
}

export function revalidateMedia(): void {
  revalidateTag(cacheTags.media, NOW);
  revalidateTag(cacheTags.articles, NOW);
}

/**
 * Every public read: at startup, so pages cached by the build or before a restore, a restart on
 * another address or writes made while no server ran are rendered afresh.
 */
export function revalidateEverything(): void {
  for (const tag of [
    cacheTags.articles,
    cacheTags.terms,
    cacheTags.allComments,
    cacheTags.settings,
    cacheTags.media,
  ]) {
    revalidateTag(tag, NOW);
  }
}
