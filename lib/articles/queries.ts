import "server-only";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import {
  type ArticleViewData,
  type CoverView,
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
  title: true,
  excerpt: true,
  publishedAt: true,
  coverCaption: true,
  coverCredit: true,
  coverImage: { select: coverImageSelect },
  terms: {
    where: { taxonomy: "CATEGORY" },
    select: { name: true, slug: true },
    orderBy: { name: "asc" },
  },
} satisfies Prisma.ArticleSelect;

/** An article in a list (home, archives, related stories); dates are ISO strings. */
export type ArticleSummary = {
  id: string;
  kind: ArticleKind;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  cover: CoverView | null;
  categories: { name: string; slug: string }[];
};

function toSummary(
  row: Prisma.ArticleGetPayload<{ select: typeof summarySelect }>,
): ArticleSummary {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    cover: coverOf(row),
    categories: row.terms,
  };
}

export type Paged<T> = { items: T[]; page: number; totalPages: number; total: number };

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedAt: "desc" },
  { id: "desc" },
];

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
  return {
    items: rows.map(toSummary),
    page,
    total,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Published news, newest first, one page of PAGE_SIZE. */
export const listPublishedArticles = cachedQuery(
  (page: number) => pageOfArticles({ kind: "POST", ...publishedWhere() }, page),
  "listPublishedArticles",
  [cacheTags.articles],
);

/** The newest featured story, shown on top of the home page. */
export const getFeaturedArticle = cachedQuery(
  async (): Promise<ArticleSummary | null> => {
    const row = await getDb().article.findFirst({
      where: { kind: "POST", isFeatured: true, ...publishedWhere() },
      orderBy: newestFirst,
      select: summarySelect,
    });
    return row ? toSummary(row) : null;
  },
  "getFeaturedArticle",
  [cacheTags.articles],
);

/** A published article (kind POST) or background page (kind PAGE) by slug, or null. */
export const getPublishedArticleBySlug = cachedQuery(
  async (slug: string, kind: ArticleKind = "POST"): Promise<ArticleViewData | null> => {
    const row = await getDb().article.findFirst({
      where: { kind, slug, ...publishedWhere() },
      select: articleViewSelect,
    });
    return row ? toArticleView(row) : null;
  },
  "getPublishedArticleBySlug",
  [cacheTags.articles, cacheTags.terms, cacheTags.media],
);

export type ArticleLink = { slug: string; title: string; publishedAt: string };

/** The stories published just before and just after this one. */
export const getArticleNeighbours = cachedQuery(
  async (
    id: string,
    publishedAt: string,
  ): Promise<{ previous: ArticleLink | null; next: ArticleLink | null }> => {
    const at = new Date(publishedAt);
    const select = { slug: true, title: true, publishedAt: true } as const;
    const base = { kind: "POST" as const, ...publishedWhere(), NOT: { id } };
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

/** Up to `limit` stories sharing the most tags or regions with this one, newest first on ties. */
export const listRelatedArticles = cachedQuery(
  async (id: string, limit = 3): Promise<ArticleSummary[]> => {
    const ranked = await getDb().$queryRaw<{ id: string }[]>`
      SELECT a.id
      FROM "_ArticleToTerm" mine
      JOIN "Term" t ON t.id = mine."B" AND t.taxonomy IN ('TAG', 'REGION')
      JOIN "_ArticleToTerm" theirs ON theirs."B" = mine."B" AND theirs."A" <> mine."A"
      JOIN "Article" a ON a.id = theirs."A"
      WHERE mine."A" = ${id} AND a.kind = 'POST' AND a.status = 'PUBLISHED' AND a."publishedAt" <= now()
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

/** Published news filed under one category, tag or region. */
export const listArticlesByTerm = cachedQuery(
  (termId: string, page: number) =>
    pageOfArticles({ kind: "POST", ...publishedWhere(), terms: { some: { id: termId } } }, page),
  "listArticlesByTerm",
  [cacheTags.articles, cacheTags.terms],
);

/** How many approved comments an article has (what readers see in its header). */
export const countApprovedComments = cachedQuery(
  (articleId: string) => getDb().comment.count({ where: { articleId, status: "APPROVED" } }),
  "countApprovedComments",
  [cacheTags.allComments],
);
