import { createHash } from "node:crypto";
import { getSiteUrl } from "@/lib/env";
import type { ArticleKind, Taxonomy } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { inLanguage } from "@/lib/i18n/locale";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";

/**
 * Which language an address is in. A Locale fits; without one, a path has no prefix (the
 * default language's form).
 */
export type PathLanguage = { lang: Lang; defaultLang: Lang };

function prefixed(path: string, language?: PathLanguage): string {
  return language ? inLanguage(language.lang, language.defaultLang, path) : path;
}

/** The home page of a language: "/" for the default, "/be" for Belarusian. */
export function homePath(language?: PathLanguage): string {
  return prefixed("/", language);
}

/** The search page of a language, with a query when given. */
export function searchPath(language?: PathLanguage, query?: string): string {
  const path = query ? `/search?q=${encodeURIComponent(query)}` : "/search";
  return prefixed(path, language);
}

/** Where each taxonomy's archive lives: /category/<slug>, /tag/<slug>, /region/<slug>. */
const TAXONOMY_PATHS: Record<Taxonomy, string> = {
  CATEGORY: "category",
  TAG: "tag",
  REGION: "region",
};

export function articlePath(kind: ArticleKind, slug: string, language?: PathLanguage): string {
  return prefixed(
    kind === "PAGE" ? `/${encodeURIComponent(slug)}` : `/news/${encodeURIComponent(slug)}`,
    language,
  );
}

export function termPath(taxonomy: Taxonomy, slug: string, language?: PathLanguage): string {
  return prefixed(`/${TAXONOMY_PATHS[taxonomy]}/${encodeURIComponent(slug)}`, language);
}

/** The people list of a language, with its filters when given. */
export function peoplePath(
  language?: PathLanguage,
  filters: { status?: string; region?: string } = {},
): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.region) query.set("region", filters.region);
  const text = query.toString();
  return prefixed(text ? `/people?${text}` : "/people", language);
}

/** A person's profile: one slug in every language. */
export function personPath(slug: string, language?: PathLanguage): string {
  return prefixed(`/people/${encodeURIComponent(slug)}`, language);
}

/** The public list of people as JSON, for other sites and bots. */
export function peopleDataPath(language?: PathLanguage): string {
  return prefixed("/people.json", language);
}

/** The printable postcard to a person held today. */
export function postcardPath(slug: string, language?: PathLanguage): string {
  return `${personPath(slug, language)}/postcard`;
}

/** The petitions of a language, or one petition, or one of its steps ("sign", "signed"). */
export function petitionPath(
  slug?: string,
  language?: PathLanguage,
  step?: "sign" | "signed",
): string {
  if (!slug) return prefixed("/petitions", language);
  const path = `/petitions/${encodeURIComponent(slug)}${step ? `/${step}` : ""}`;
  return prefixed(path, language);
}

/** Where a confirmation email's links lead: confirming or withdrawing one signature. */
export function signatureLinkPath(
  purpose: "confirm" | "withdraw",
  token: string,
  language?: PathLanguage,
): string {
  return prefixed(`/petitions/${purpose}?t=${encodeURIComponent(token)}`, language);
}

/** The picture badge page: the campaign's frame around a reader's own photo. */
export function badgePath(language?: PathLanguage): string {
  return prefixed("/badge", language);
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

/** Where each feed lives, per language. The route handlers under app/[lang] answer these paths. */
export const feedPaths = {
  site: (language?: PathLanguage) => prefixed("/feed.xml", language),
  comments: (language?: PathLanguage) => prefixed("/comments/feed.xml", language),
  term: (taxonomy: Taxonomy, slug: string, language?: PathLanguage) =>
    `${termPath(taxonomy, slug, language)}/feed.xml`,
  articleComments: (slug: string, language?: PathLanguage) =>
    `${articlePath("POST", slug, language)}/comments/feed.xml`,
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

/** The version of a language's site card: its language, then a hash of what it shows. */
export function siteCardVersion(settings: SiteSettings, lang: Lang): string {
  const texts = siteTexts(settings, lang);
  return `${lang}-${siteImageVersion({ ...texts, logoMediaId: settings.logoMediaId })}`;
}

/** A language's site card (name and tagline), shared by its home page, archives and search. */
export function siteImagePath(settings: SiteSettings, lang: Lang): string {
  return `/og/site/${siteCardVersion(settings, lang)}.png`;
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
