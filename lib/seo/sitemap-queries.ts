import "server-only";
import { cachedQuery } from "@/lib/cache";
import { publishedWhere } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { SitemapEntry } from "@/lib/seo/sitemap";
import { articlePath, termPath } from "@/lib/urls";

type TermRow = { taxonomy: Taxonomy; slug: string; lastModified: Date };

/**
 * Every public URL worth indexing: the home page, each published article and background page,
 * and each term archive, dated by their latest change (a term by its newest published article).
 */
export async function listSitemapEntries({
  now = new Date(),
  db = getDb(),
}: { now?: Date; db?: PrismaClient } = {}): Promise<SitemapEntry[]> {
  const [articles, terms] = await Promise.all([
    db.article.findMany({
      where: publishedWhere(now),
      orderBy: [{ kind: "asc" }, { publishedAt: "desc" }, { id: "asc" }],
      select: { kind: true, slug: true, updatedAt: true },
    }),
    // Only terms that published news carries: a term saved with a draft stays out of sight.
    db.$queryRaw<TermRow[]>`
      SELECT t."taxonomy"::text AS "taxonomy", t."slug",
             GREATEST(MAX(a."updatedAt"), t."updatedAt") AS "lastModified"
      FROM "Term" t
      JOIN "_ArticleToTerm" link ON link."B" = t."id"
      JOIN "Article" a ON a."id" = link."A" AND a."kind" = 'POST'
        AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
      GROUP BY t."id"
      ORDER BY t."taxonomy", t."slug"`,
  ]);
  const newestPost = articles
    .filter((article) => article.kind === "POST")
    .reduce<Date | null>((max, a) => (max && max > a.updatedAt ? max : a.updatedAt), null);
  return [
    { path: "/", lastModified: newestPost?.toISOString() ?? null },
    ...articles.map((article) => ({
      path: articlePath(article.kind, article.slug),
      lastModified: article.updatedAt.toISOString(),
    })),
    ...terms.map((term) => ({
      path: termPath(term.taxonomy, term.slug),
      lastModified: new Date(term.lastModified).toISOString(),
    })),
  ];
}

export const getCachedSitemapEntries = cachedQuery(
  async () => listSitemapEntries(),
  "sitemap:entries",
  [cacheTags.articles, cacheTags.terms],
  { revalidate: 300 },
);
