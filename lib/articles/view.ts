import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { type TermRef, termLabelSelect, termRefIn } from "@/lib/taxonomy/labels";
import { mediaPath } from "@/lib/urls";

/** An article's language as the site knows it (every stored code is one; "en" guards the type). */
export function articleLang(code: string): Lang {
  return isLang(code) ? code : "en";
}

/** The cover image fields every view of an article needs (lists and the article itself). */
export const coverImageSelect = {
  storageKey: true,
  width: true,
  height: true,
  altText: true,
  credit: true,
  variants: true,
} satisfies Prisma.MediaSelect;

/** Exactly what an article or page shows to readers (also what the staff preview renders). */
export const articleViewSelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  commentsOpen: true,
  language: true,
  translationGroupId: true,
  seoTitle: true,
  seoDescription: true,
  coverCaption: true,
  coverCredit: true,
  author: { select: { name: true } },
  coverImage: { select: coverImageSelect },
  terms: { select: termLabelSelect, orderBy: { name: "asc" } },
} satisfies Prisma.ArticleSelect;

export type ArticleViewRow = Prisma.ArticleGetPayload<{ select: typeof articleViewSelect }>;

export type CoverView = {
  src: string;
  srcSet?: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
};

/** Plain data (dates as ISO strings) so it survives the cache's JSON round trip. */
export type ArticleViewData = {
  id: string;
  kind: ArticleKind;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  publishedAt: string | null;
  updatedAt: string;
  author: { name: string };
  cover: CoverView | null;
  /** In the article's language. */
  terms: TermRef[];
  commentsOpen: boolean;
  language: Lang;
  translationGroupId: string | null;
  seoTitle: string;
  seoDescription: string;
};

type Variant = { width: number; height?: number; storageKey: string };

function isVariant(value: unknown): value is Variant {
  const v = value as Variant | null;
  return !!v && typeof v.width === "number" && typeof v.storageKey === "string";
}

export function coverOf(
  row: Pick<ArticleViewRow, "coverImage" | "coverCaption" | "coverCredit">,
): CoverView | null {
  const image = row.coverImage;
  if (!image) return null;
  const variants = Array.isArray(image.variants) ? image.variants.filter(isVariant) : [];
  return {
    src: mediaPath(image.storageKey),
    srcSet: variants.length
      ? variants.map((variant) => `${mediaPath(variant.storageKey)} ${variant.width}w`).join(", ")
      : undefined,
    width: image.width,
    height: image.height,
    alt: image.altText,
    caption: row.coverCaption,
    credit: row.coverCredit || image.credit,
  };
}

export function toArticleView(row: ArticleViewRow): ArticleViewData {
  const language = articleLang(row.language);
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    bodyHtml: row.body,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    author: { name: row.author.name },
    cover: coverOf(row),
    terms: row.terms
      .map((term) => termRefIn(term, language))
      .sort((a, b) => a.name.localeCompare(b.name, language)),
    commentsOpen: row.commentsOpen,
    language,
    translationGroupId: row.translationGroupId,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}
