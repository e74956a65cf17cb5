import "server-only";
import { cachedQuery } from "@/lib/cache";
import { publishedWhere } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Taxonomy } from "@/lib/generated/prisma/enums";

export type NavLink = { name: string; slug: string };
export type Navigation = { pages: NavLink[]; categories: NavLink[]; regions: NavLink[] };

/** Background pages, and the categories and regions that hold published news, for navigation. */
export const getNavigation = cachedQuery(
  async (): Promise<Navigation> => {
    const db = getDb();
    const withNews = { articles: { some: { kind: "POST" as const, ...publishedWhere() } } };
    const [pages, categories, regions] = await Promise.all([
      db.article.findMany({
        where: { kind: "PAGE", ...publishedWhere() },
        orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
        select: { title: true, slug: true },
      }),
      db.term.findMany({
        where: { taxonomy: "CATEGORY", ...withNews },
        orderBy: { name: "asc" },
        select: { name: true, slug: true },
      }),
      db.term.findMany({
        where: { taxonomy: "REGION", ...withNews },
        orderBy: { name: "asc" },
        select: { name: true, slug: true },
      }),
    ]);
    return { pages: pages.map((p) => ({ name: p.title, slug: p.slug })), categories, regions };
  },
  "getNavigation",
  [cacheTags.articles, cacheTags.terms],
);

export type TermView = {
  id: string;
  taxonomy: Taxonomy;
  name: string;
  slug: string;
  description: string;
  updatedAt: string;
};

export const getTermBySlug = cachedQuery(
  async (taxonomy: Taxonomy, slug: string): Promise<TermView | null> => {
    const term = await getDb().term.findUnique({
      where: { taxonomy_slug: { taxonomy, slug } },
      select: {
        id: true,
        taxonomy: true,
        name: true,
        slug: true,
        description: true,
        updatedAt: true,
      },
    });
    return term ? { ...term, updatedAt: term.updatedAt.toISOString() } : null;
  },
  "getTermBySlug",
  [cacheTags.terms],
);
