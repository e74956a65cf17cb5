import { createHash } from "node:crypto";
import { getSiteUrl } from "@/lib/env";
import type { ArticleKind, Taxonomy } from "@/lib/generated/prisma/enums";
import type { SiteSettings } from "@/lib/settings/schemas";

/** Where each taxonomy's archive lives: /category/<slug>, /tag/<slug>, /region/<slug>. */
const TAXONOMY_PATHS: Record<Taxonomy, string> = {
  CATEGORY: "category",
  TAG: "tag",
  REGION: "region",
};

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

/** Where each feed lives. The route handlers under app/ answer exactly these paths. */
export const feedPaths = {
  site: "/feed.xml",
  comments: "/comments/feed.xml",
  term: (taxonomy: Taxonomy, slug: string) => `${termPath(taxonomy, slug)}/feed.xml`,
  articleComments: (slug: string) => `${articlePath("POST", slug)}/comments/feed.xml`,
} as const;

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Changes whenever the article changes, so a share image URL can be cached forever. */
export function articleImageVersion(updatedAt: string): string {
  return Date.parse(updatedAt).toString(36);
}

/** The 1200x630 share image of an article: its cover, or a generated card when it has none. */
export function articleImagePath(article: { id: string; updatedAt: string }): string {
  return `/og/article/${encodeURIComponent(article.id)}/${articleImageVersion(article.updatedAt)}.png`;
}

export function siteImageVersion(
  settings: Pick<SiteSettings, "title" | "tagline" | "logoMediaId">,
): string {
  return createHash("sha256")
    .update(`${settings.title}\n${settings.tagline}\n${settings.logoMediaId}`)
    .digest("base64url")
    .slice(0, 12);
}

/** The site's own card (name and tagline), shared by the home page, archives and search. */
export function siteImagePath(
  settings: Pick<SiteSettings, "title" | "tagline" | "logoMediaId">,
): string {
  return `/og/site/${siteImageVersion(settings)}.png`;
}

/** A square logo for structured data (publisher, organization). */
export function logoImagePath(
  settings: Pick<SiteSettings, "title" | "tagline" | "logoMediaId">,
): string {
  return `/og/logo/${siteImageVersion(settings)}.png`;
}

export const LOGO_SIZE = 512;

/** A square icon of the site (favicon sizes, home screens), by the version of what it shows. */
export function iconPath(version: string, size: number): string {
  return `/icons/${version}-${size}.png`;
}
