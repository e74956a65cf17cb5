import type { Metadata } from "next";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import { absoluteUrl, articlePath, termPath } from "@/lib/urls";

/** Where each feed lives. The route handlers under app/ answer exactly these paths. */
export const feedPaths = {
  site: "/feed.xml",
  comments: "/comments/feed.xml",
  term: (taxonomy: Taxonomy, slug: string) => `${termPath(taxonomy, slug)}/feed.xml`,
  articleComments: (slug: string) => `${articlePath("POST", slug)}/comments/feed.xml`,
} as const;

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * Feed autodiscovery for Next's `alternates.types`: each entry becomes
 * `<link rel="alternate" type="application/rss+xml" title=… href=…>` in the page's head.
 */
export function feedAlternates(feeds: { path: string; title: string }[]): AlternateTypes {
  return {
    "application/rss+xml": feeds.map((feed) => ({
      url: absoluteUrl(feed.path),
      title: feed.title,
    })),
  };
}
