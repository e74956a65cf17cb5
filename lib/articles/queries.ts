import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";

/** Cache tags: every public read is tagged so a write can revalidate exactly what it touched. */
export const tags = {
  articles: "articles",
  article: (id: string) => `article:${id}`,
  settings: "settings",
} as const;

/** Public reads only ever see this: published, and published in the past. */
export function publishedWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

const articleSummarySelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
} satisfies Prisma.ArticleSelect;

/** Dates are ISO strings: cached results pass through JSON. */
export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
};

function toSummary(
  row: Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>,
): ArticleSummary {
  return { ...row, publishedAt: (row.publishedAt ?? new Date(0)).toISOString() };
}

export const listLatestArticles = unstable_cache(
  async (limit: number): Promise<ArticleSummary[]> => {
    const rows = await getDb().article.findMany({
      where: { kind: "POST", ...publishedWhere() },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: articleSummarySelect,
    });
    return rows.map(toSummary);
  },
  ["listLatestArticles"],
  { tags: [tags.articles] },
);
