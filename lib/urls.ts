import { getSiteUrl } from "@/lib/env";
import type { ArticleKind, Taxonomy } from "@/lib/generated/prisma/enums";

/** Where each taxonomy's archive lives: /category/<slug>, /tag/<slug>, /region/<slug>. */
export const TAXONOMY_PATHS: Record<Taxonomy, string> = {
  CATEGORY: "category",
  TAG: "tag",
  REGION: "region",
};

/**
 * Background pages live at the top level (/about); these first path segments belong to the app,
 * so no page may take them as its slug.
 */
export const RESERVED_PAGE_SLUGS = [
  "admin",
  "api",
  "login",
  "logout",
  "news",
  "category",
  "tag",
  "region",
  "search",
  "page",
  "feed",
  "feed.xml",
  "comments",
  "sitemap.xml",
  "robots.txt",
  "media",
  "demo",
  "og",
  "_next",
  "favicon.ico",
  "apple-touch-icon.png",
  "manifest.webmanifest",
  "icons",
  "preview",
  "account",
  "static",
  "assets",
] as const;

export function articlePath(kind: ArticleKind, slug: string): string {
  return kind === "PAGE" ? `/${encodeURIComponent(slug)}` : `/news/${encodeURIComponent(slug)}`;
}

export function termPath(taxonomy: Taxonomy, slug: string): string {
  return `/${TAXONOMY_PATHS[taxonomy]}/${encodeURIComponent(slug)}`;
}

/** The public URL of an uploaded or bundled file, from its storage key. */
export function mediaPath(storageKey: string): string {
  // Demo illustrations ship in public/demo; uploads are served by the media route.
  return storageKey.startsWith("demo/") ? `/${storageKey}` : `/media/${storageKey}`;
}

/** An absolute URL on this site, for links that leave it (feeds, share links, canonical). */
export function absoluteUrl(path: string): string {
  return `${getSiteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
