import "server-only";
import { cache } from "react";
import { cachedQuery } from "@/lib/cache";
import { publishedWhere } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";

type NavLink = { name: string; slug: string };
export type Navigation = { pages: NavLink[]; categories: NavLink[]; regions: NavLink[] };

/** Background pages, and the categories and regions that hold published news, for navigation. */
export const getNavigation = cachedQuery(
  async (): Promise<Navigation> => {
    const db = getDb();
    const withNews = publicTermWhere();
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

/** A term is public while at least one published news article carries it. */
function publicTermWhere(now = new Date()): Prisma.TermWhereInput {
  return { articles: { some: { kind: "POST", ...publishedWhere(now) } } };
}

/**
 * The id of a category, tag or region that published news carries, or null. Not cached: a miss
 * is never stored under a key a visitor chose.
 */
export const findPublicTermId = cache(
  async (taxonomy: Taxonomy, slug: string): Promise<string | null> => {
    const term = await getDb().term.findFirst({
      where: { taxonomy, slug, ...publicTermWhere() },
      select: { id: true },
    });
    return term?.id ?? null;
  },
);

const getTermView = cachedQuery(
  async (id: string): Promise<TermView | null> => {
    const term = await getDb().term.findFirst({
      where: { id, ...publicTermWhere() },
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
  "getTermView",
  [cacheTags.terms, cacheTags.articles],
);

/** A category, tag or region archive's term, only while published news carries it. */
export async function getTermBySlug(taxonomy: Taxonomy, slug: string): Promise<TermView | null> {
  const id = await findPublicTermId(taxonomy, slug);
  return id ? getTermView(id) : null;
}
