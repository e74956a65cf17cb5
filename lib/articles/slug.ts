import slugify from "@sindresorhus/slugify";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LANGUAGE_SEGMENT, LANGUAGE_CODES } from "@/lib/i18n/languages";

/**
 * Background pages live at the top level (/about); these first path segments belong to the app
 * (and the language prefixes, /be, /ru …), so no page may take them as its slug.
 */
const RESERVED_PAGE_SLUGS = [
  ...LANGUAGE_CODES,
  DEFAULT_LANGUAGE_SEGMENT,
  "page-not-found",
  "admin",
  "api",
  "login",
  "logout",
  "invite",
  "reset",
  "session",
  "enhance",
  "news",
  "category",
  "tag",
  "region",
  "search",
  "badge",
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
];

const SLUG_MAX_LENGTH = 120;

// The transliteration tables know Russian and Ukrainian; Belarusian adds ў.
const BELARUSIAN = [
  ["ў", "u"],
  ["Ў", "U"],
] as const satisfies readonly (readonly [string, string])[];

/** A URL slug from a title or a typed slug: Cyrillic transliterated, lower case, dashes. */
export function toSlug(text: string): string {
  return slugify(text, {
    customReplacements: BELARUSIAN.map(([from, to]) => [from, to] as [string, string]),
  })
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

/**
 * Why a slug cannot be used for an article of `kind`, or null when it can (uniqueness is checked
 * against the database by the service).
 */
export function slugProblem(kind: ArticleKind, slug: string): string | null {
  if (!slug) return "The slug needs at least one letter or digit.";
  if (kind === "PAGE" && RESERVED_PAGE_SLUGS.includes(slug)) {
    return `"${slug}" is used by the site itself; choose another slug for this page.`;
  }
  return null;
}
