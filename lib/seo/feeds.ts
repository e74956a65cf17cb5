import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/urls";

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
