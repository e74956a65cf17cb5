import "server-only";
import { refresh, revalidatePath, revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isInsideNextServer } from "@/lib/env";
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
  // Outside a Next.js server (scripts, tests) there is no cache to revalidate.
  if (!isInsideNextServer()) return;
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
 * After a person, their timeline, addresses, status or letter guidance changes, and at midnight
 * in the site's time zone, when every count of days behind bars and every "birthday soon" moves.
 */
export function revalidatePeople(): void {
  revalidate([cacheTags.people], { searches: true });
}

/** After a petition is edited, opened, closed, delivered, deleted, or its signers' data goes. */
export function revalidatePetitions(): void {
  revalidate([cacheTags.petitions, cacheTags.petitionCounts]);
}

/** After a signature is confirmed or withdrawn: the pages that show a count or signers. */
export function revalidatePetitionCounts(): void {
  revalidate([cacheTags.petitionCounts]);
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
      cacheTags.people,
      cacheTags.petitions,
      cacheTags.petitionCounts,
    ],
    { searches: true },
  );
}

/** After a staff write: the staff page the action came from is rendered again with it. */
export function refreshStaffPage(): void {
  if (isInsideNextServer()) refresh();
}

/** After a staff write that shows on other staff pages than the one it came from. */
export function refreshStaffPath(path: string): void {
  if (isInsideNextServer()) revalidatePath(path);
}
