/**
 * Cache tags for public reads. Every cached public query is tagged with what it shows, and every
 * write revalidates the tags of what it changed (lib/revalidate.ts), so pages update at once.
 */
export const cacheTags = {
  /** Any list of articles: home, archives, feeds, sitemap, search, related stories. */
  articles: "articles",
  /** One article or page, by id. */
  article: (id: string) => `article:${id}`,
  /** Terms and their archives. */
  terms: "terms",
  /** Approved comments shown under one article. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** All comments (site-wide comment feed). */
  allComments: "comments",
  /** Site settings (title, tagline, time zone, comment rules). */
  settings: "settings",
  /** Media metadata (alt text, credit). */
  media: "media",
  /**
   * People: their list, profiles, the cards on articles about them, birthdays on the home page
   * and their days behind bars (so also revalidated at midnight in the site's time zone).
   */
  people: "people",
  /** Petitions: their texts, status and links (pages, list, action boxes, navigation, footer). */
  petitions: "petitions",
  /**
   * Petitions' counts and recent signers, revalidated by every confirmation and withdrawal: only
   * the pages that show a count carry it, so a signature re-renders those and not every page.
   */
  petitionCounts: "petition-counts",
  /**
   * Redirects from old addresses: not a Next.js cache (the proxy keeps its own answers for a few
   * seconds), but told to the other instances like one, so their proxies forget theirs too.
   */
  redirects: "redirects",
} as const;
