import "server-only";
import { findPublishedArticleId } from "@/lib/articles/lookup";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { type TermRef, termLabelSelect, termRefIn } from "@/lib/taxonomy/labels";
import {
  type ArticleViewData,
  type CoverView,
  articleLang,
  articleViewSelect,
  coverImageSelect,
  coverOf,
  toArticleView,
} from "@/lib/articles/view";

export const PAGE_SIZE = 10;

/** Public reads only ever see this: published, and published in the past. */
export function publishedWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

const summarySelect = {
  id: true,
  kind: true,
  slug: true,
  language: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  coverCaption: true,
  coverCredit: true,
  coverImage: { select: coverImageSelect },
  terms: {
    where: { taxonomy: "CATEGORY" },
    select: termLabelSelect,
    orderBy: { name: "asc" },
  },
} satisfies Prisma.ArticleSelect;

/** An article in a list (home, archives, related stories); dates are ISO strings. */
export type ArticleSummary = {
  id: string;
  kind: ArticleKind;
  slug: string;
  language: Lang;
  title: string;
  excerpt: string;
  publishedAt: string;
  cover: CoverView | null;
  /** In the article's language. */
  categories: TermRef[];
};

function toSummary(
  row: Prisma.ArticleGetPayload<{ select: typeof summarySelect }>,
): ArticleSummary {
  const language = articleLang(row.language);
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    language,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    cover: coverOf(row),
    categories: row.terms.map((term) => termRefIn(term, language)),
  };
}

export type Paged<T> = { items: T[]; page: number; totalPages: number; total: number };

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedAt: "desc" },
  { id: "desc" },
];

const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

async function pageOfArticles(
  where: Prisma.ArticleWhereInput,
  page: number,
): Promise<Paged<ArticleSummary>> {
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: summarySelect,
    }),
  ]);
  return { items: rows.map(toSummary), page, total, totalPages: pageCount(total) };
}

/**
 * A page of a list, read through the cache only when the page exists: a page number past the end
 * is a key a visitor chose, and nothing is stored for it.
 */
async function existingPage(
  count: () => Promise<number>,
  read: () => Promise<Paged<ArticleSummary>>,
  page: number,
): Promise<Paged<ArticleSummary>> {
  const total = await count();
  if (page > pageCount(total)) return { items: [], page, total, totalPages: pageCount(total) };
  return read();
}

/** Published news in one language: every list readers see stays within their language. */
const publishedNews = (lang: Lang) => ({
  kind: "POST" as const,
  language: lang,
  ...publishedWhere(),
});

const countPublishedNews = cachedQuery(
  (lang: Lang) => getDb().article.count({ where: publishedNews(lang) }),
  "countPublishedNews",
  [cacheTags.articles],
);

const readPublishedNewsPage = cachedQuery(
  (lang: Lang, page: number) => pageOfArticles(publishedNews(lang), page),
  "listPublishedArticles",
  [cacheTags.articles],
);

/** Published news in a language, newest first, one page of PAGE_SIZE. */
export function listPublishedArticles(lang: Lang, page: number): Promise<Paged<ArticleSummary>> {
  return existingPage(
    () => countPublishedNews(lang),
    () => readPublishedNewsPage(lang, page),
    page,
  );
}

/** The newest featured story in a language, shown on top of its home page. */
export const getFeaturedArticle = cachedQuery(
  async (lang: Lang): Promise<ArticleSummary | null> => {
    const row = await getDb().article.findFirst({
      where: { ...publishedNews(lang), isFeatured: true },
      orderBy: newestFirst,
      select: summarySelect,
    });
    return row ? toSummary(row) : null;
  },
  "getFeaturedArticle",
  [cacheTags.articles],
);

const getPublishedArticleView = cachedQuery(
  async (id: string): Promise<ArticleViewData | null> => {
    const row = await getDb().article.findFirst({
      where: { id, ...publishedWhere() },
      select: articleViewSelect,
    });
    return row ? toArticleView(row) : null;
  },
  "getPublishedArticleView",
  (id) => [cacheTags.article(id), cacheTags.terms, cacheTags.media],
);

/** A published article (kind POST) or background page (kind PAGE) by slug and language, or null. */
export async function getPublishedArticleBySlug(
  slug: string,
  kind: ArticleKind,
  lang: Lang,
): Promise<ArticleViewData | null> {
  const id = await findPublishedArticleId(slug, kind, lang);
  return id ? getPublishedArticleView(id) : null;
}

export type Translation = { language: Lang; kind: ArticleKind; slug: string; title: string };

/** The published members of a translation group (the article itself included), by language. */
export const listPublishedTranslations = cachedQuery(
  async (groupId: string): Promise<Translation[]> => {
    const rows = await getDb().article.findMany({
      where: { translationGroupId: groupId, ...publishedWhere() },
      select: { language: true, kind: true, slug: true, title: true },
    });
    return rows.map((row) => ({ ...row, language: articleLang(row.language) }));
  },
  "listPublishedTranslations",
  [cacheTags.articles],
);

export type ArticleLink = { slug: string; title: string; publishedAt: string };

/** The stories in the same language published just before and just after this one. */
export const getArticleNeighbours = cachedQuery(
  async (
    id: string,
    publishedAt: string,
    lang: Lang,
  ): Promise<{ previous: ArticleLink | null; next: ArticleLink | null }> => {
    const at = new Date(publishedAt);
    const select = { slug: true, title: true, publishedAt: true } as const;
    const base = { ...publishedNews(lang), NOT: { id } };
    const [previous, next] = await Promise.all([
      getDb().article.findFirst({
        where: { ...base, OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: id } }] },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        select,
      }),
      getDb().article.findFirst({
        where: { ...base, OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: id } }] },
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
        select,
      }),
    ]);
    const link = (row: typeof previous): ArticleLink | null =>
      row
        ? { slug: row.slug, title: row.title, publishedAt: (row.publishedAt ?? at).toISOString() }
        : null;
    return { previous: link(previous), next: link(next) };
  },
  "getArticleNeighbours",
  [cacheTags.articles],
);

/**
 * Up to `limit` stories in the same language sharing the most tags or regions with this one,
 * newest first on ties.
 */
export const listRelatedArticles = cachedQuery(
  async (id: string, lang: Lang, limit = 3): Promise<ArticleSummary[]> => {
    const ranked = await getDb().$queryRaw<{ id: string }[]>`
      SELECT a.id
      FROM "_ArticleToTerm" mine
      JOIN "Term" t ON t.id = mine."B" AND t.taxonomy IN ('TAG', 'REGION')
      JOIN "_ArticleToTerm" theirs ON theirs."B" = mine."B" AND theirs."A" <> mine."A"
      JOIN "Article" a ON a.id = theirs."A"
      WHERE mine."A" = ${id} AND a.kind = 'POST' AND a.language = ${lang}
        AND a.status = 'PUBLISHED' AND a."publishedAt" <= now()
      GROUP BY a.id, a."publishedAt"
      ORDER BY count(*) DESC, a."publishedAt" DESC
      LIMIT ${limit}`;
    if (ranked.length === 0) return [];
    const rows = await getDb().article.findMany({
      where: { id: { in: ranked.map((r) => r.id) } },
      select: summarySelect,
    });
    const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
    return ranked.map((r) => byId.get(r.id)).filter((a): a is ArticleSummary => !!a);
  },
  "listRelatedArticles",
  [cacheTags.articles, cacheTags.terms],
);

const newsUnder = (termId: string, lang: Lang) => ({
  ...publishedNews(lang),
  terms: { some: { id: termId } },
});

const countNewsUnder = cachedQuery(
  (termId: string, lang: Lang) => getDb().article.count({ where: newsUnder(termId, lang) }),
  "countNewsUnder",
  [cacheTags.articles, cacheTags.terms],
);

const readNewsUnderPage = cachedQuery(
  (termId: string, lang: Lang, page: number) => pageOfArticles(newsUnder(termId, lang), page),
  "listArticlesByTerm",
  [cacheTags.articles, cacheTags.terms],
);

/** Published news in a language filed under one category, tag or region (a public term's id). */
export function listArticlesByTerm(
  termId: string,
  lang: Lang,
  page: number,
): Promise<Paged<ArticleSummary>> {
  return existingPage(
    () => countNewsUnder(termId, lang),
    () => readNewsUnderPage(termId, lang, page),
    page,
  );
}

/** How many approved comments an article has (what readers see in its header). */
export const countApprovedComments = cachedQuery(
  (articleId: string) => getDb().comment.count({ where: { articleId, status: "APPROVED" } }),
  "countApprovedComments",
  [cacheTags.allComments],
);
