import "server-only";
import { refresh, revalidatePath, revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isInsideNextServer } from "@/lib/env";
import { broadcastChange } from "@/lib/cluster/broadcast";
import { purgeCacheTags } from "@/lib/cache-purge/queue";
import { announcePublicChange } from "@/lib/runtime/public-change";
import { forgetRedirectLookups } from "@/lib/redirects/lookup";
import { forgetRecentSearches } from "@/lib/search/queries";
import { forgetOnionAddress } from "@/lib/site/onion-location";

// `expire: 0`: the next reader gets fresh content, never a stale copy served while it rebuilds.
const NOW = { expire: 0 } as const;

/**
 * Revalidates `tags` in this server's own caches: Next's, the front's memory, recent searches,
 * and the proxy's (redirects, the onion address).
 */
function applyHere(tags: readonly string[], searches: boolean): void {
  for (const tag of tags) revalidateTag(tag, NOW);
  if (tags.includes(cacheTags.redirects)) forgetRedirectLookups();
  if (tags.includes(cacheTags.settings)) forgetOnionAddress();
  if (searches) forgetRecentSearches();
  announcePublicChange();
}

/**
 * Every tag here names reads that public pages show, so each revalidation is a public change:
 * this server's caches are refreshed (Next's, the front's memory of pages, and recent searches
 * when articles change), every other instance on the database is told to do the same, and the
 * shared caches in front (Varnish, a CDN) are told which tags to drop.
 */
function revalidate(tags: string[], { searches = false }: { searches?: boolean } = {}): void {
  // Outside a Next.js server (scripts, tests) there is no cache to revalidate.
  if (!isInsideNextServer()) return;
  applyHere(tags, searches);
  broadcastChange(tags, searches);
  void purgeCacheTags(tags);
}

/**
 * A change another instance made and broadcast (lib/cluster/broadcast.ts): applied to this
 * server's caches only. The instance that made it has told the others and the shared caches.
 */
export function applyPeerChange(tags: readonly string[], searches: boolean): void {
  if (isInsideNextServer()) applyHere(tags, searches);
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

/**
 * After a redirect is added, edited or deleted: this server's proxy forgets the answers it kept
 * (also outside a Next.js server, where tests call the service), and every instance's does too.
 */
export function revalidateRedirects(): void {
  forgetRedirectLookups();
  revalidate([cacheTags.redirects]);
}

/** After a signature is confirmed or withdrawn: the pages that show a count or signers. */
export function revalidatePetitionCounts(): void {
  revalidate([cacheTags.petitionCounts]);
}

const EVERY_TAG = [
  cacheTags.articles,
  cacheTags.terms,
  cacheTags.allComments,
  cacheTags.settings,
  cacheTags.media,
  cacheTags.people,
  cacheTags.petitions,
  cacheTags.petitionCounts,
];

/**
 * Every public read, on every instance: after an import wrote outside any request. With
 * `{ here: true }`, this server's alone: at its startup, so pages cached by the build or before a
 * restore, a restart on another address or writes made while no server ran are rendered afresh
 * (the other instances are not restarting).
 */
export function revalidateEverything({ here = false }: { here?: boolean } = {}): void {
  if (here) {
    if (isInsideNextServer()) applyHere(EVERY_TAG, true);
    return;
  }
  revalidate(EVERY_TAG, { searches: true });
}

/**
 * When this server hears the other instances again after its connection to them was lost: it may
 * have missed changes, and handed old pages to the shared cache in front meanwhile. Every public
 * read here is refreshed, and the shared cache drops every page (each carries at least the
 * settings tag), once.
 */
export function recoverMissedChanges(): void {
  if (!isInsideNextServer()) return;
  applyHere(EVERY_TAG, true);
  void purgeCacheTags(EVERY_TAG);
}

/** After a staff write: the staff page the action came from is rendered again with it. */
export function refreshStaffPage(): void {
  if (isInsideNextServer()) refresh();
}

/** After a staff write that shows on other staff pages than the one it came from. */
export function refreshStaffPath(path: string): void {
  if (isInsideNextServer()) revalidatePath(path);
}
