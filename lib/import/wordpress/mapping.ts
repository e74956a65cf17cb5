import { toSlug } from "@/lib/articles/slug";
import { parseLocalDateTime } from "@/lib/articles/schemas";
import type { ArticleStatus, CommentStatus, Taxonomy } from "@/lib/generated/prisma/enums";
import type { WxrPost } from "@/lib/import/wordpress/types";

/**
 * How WordPress's values map onto this site's, one small rule each. Every rule here is what the
 * report and the README promise; the importer only applies them.
 */

/** A WordPress date: the UTC one when given, else the local one read in the site's time zone. */
export function wordpressDate(gmt: string, local: string, timeZone: string): Date | null {
  const asIso = (value: string) => value.trim().replace(" ", "T");
  if (gmt && !gmt.startsWith("0000")) {
    const date = new Date(`${asIso(gmt)}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (local && !local.startsWith("0000")) return parseLocalDateTime(asIso(local), timeZone);
  return null;
}

export type PostStatusMapping =
  { status: ArticleStatus; isPrivate: boolean; note?: string } | { skip: string };

/**
 * publish → published, draft → draft, pending → in review, future → scheduled, private → a
 * draft marked private; trash, auto-draft and inherit are skipped. A password-protected post
 * becomes a private draft too: published here, it would be open to everyone.
 */
export function mapPostStatus(post: Pick<WxrPost, "status" | "password">): PostStatusMapping {
  const guarded = post.password.trim() !== "";
  switch (post.status) {
    case "publish":
    case "future":
      if (guarded) {
        return {
          status: "DRAFT",
          isPrivate: true,
          note: "password-protected: kept as a private draft",
        };
      }
      return { status: post.status === "publish" ? "PUBLISHED" : "SCHEDULED", isPrivate: false };
    case "draft":
      return { status: "DRAFT", isPrivate: guarded };
    case "pending":
      return { status: "IN_REVIEW", isPrivate: guarded };
    case "private":
      return { status: "DRAFT", isPrivate: true };
    default:
      return { skip: post.status || "no status" };
  }
}

/** Approved, pending and spam are kept; trash (and anything else) is skipped. */
export function mapCommentStatus(approved: string): CommentStatus | null {
  if (approved === "1" || approved === "approve") return "APPROVED";
  if (approved === "0" || approved === "hold") return "PENDING";
  if (approved === "spam") return "SPAM";
  return null;
}

const REGION_TAXONOMIES = ["region", "regions", "country", "countries"];

/** Where a WordPress taxonomy goes here, or null when it has no place (listed in the report). */
export function mapTaxonomy(taxonomy: string): Taxonomy | null {
  if (taxonomy === "category") return "CATEGORY";
  if (taxonomy === "post_tag") return "TAG";
  if (REGION_TAXONOMIES.includes(taxonomy.toLowerCase())) return "REGION";
  return null;
}

/** WordPress keeps non-Latin slugs percent-encoded ("%d0%bd%d0%be…"); this reads them back. */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** A slug for this site: WordPress's own, transliterated, or made from the title. */
export function slugFor(wpSlug: string, title: string, fallback: string): string {
  return toSlug(decodeSlug(wpSlug)) || toSlug(title) || fallback;
}

/** Plain text from WordPress HTML (titles, term names and excerpts may carry entities or tags). */
export function plainText(html: string, maxLength: number): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#8217;/g, "’")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength);
}

/** The language a Polylang or WPML export gives an item, when it is one of the site's. */
export function itemLanguage(post: WxrPost, languages: readonly string[]): string | null {
  const polylang = post.terms.find((term) => term.taxonomy === "language")?.slug;
  const wpml = post.meta._wpml_import_language_code ?? post.meta._wpml_language;
  const code = (polylang ?? wpml ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return languages.includes(code) ? code : null;
}

/** The Polylang or WPML translation group an item belongs to, as the export names it. */
export function translationGroupKey(post: WxrPost): string | null {
  const polylang = post.terms.find((term) => term.taxonomy === "post_translations")?.slug;
  if (polylang) return `pll:${polylang}`;
  const wpml = post.meta._wpml_import_translation_group;
  return wpml ? `wpml:${wpml}` : null;
}
