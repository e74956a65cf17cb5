import { createHash } from "node:crypto";
import type { SiteSettings } from "@/lib/settings/schemas";

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
