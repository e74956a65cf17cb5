import "server-only";
import { cache } from "react";
import { cachedQuery } from "@/lib/cache";
import { publishedWhere } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { labelIn, termLabelSelect } from "@/lib/taxonomy/labels";

type NavLink = { name: string; slug: string };
export type Navigation = {
  pages: NavLink[];
  categories: NavLink[];
  regions: NavLink[];
  /** Whether anyone is on the people list (the header then links to it). */
  hasPeople: boolean;
  /** Whether any petition is open (the header then links to the petitions). */
  hasPetitions: boolean;
};

/** A term is public in a language while at least one published news article in it carries it. */
function publicTermWhere(lang: Lang, now = new Date()): Prisma.TermWhereInput {
  return { articles: { some: { kind: "POST", language: lang, ...publishedWhere(now) } } };
}

/**
 * A language's background pages, and the categories and regions its published news carries, for
 * navigation, with their names in that language.
 */
export const getNavigation = cachedQuery(
  async (lang: Lang): Promise<Navigation> => {
    const db = getDb();
    const terms = (taxonomy: Taxonomy) =>
      db.term.findMany({ where: { taxonomy, ...publicTermWhere(lang) }, select: termLabelSelect });
    const [pages, categories, regions, person, petition] = await Promise.all([
      db.article.findMany({
        where: { kind: "PAGE", language: lang, ...publishedWhere() },
        orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
        select: { title: true, slug: true },
      }),
      terms("CATEGORY"),
      terms("REGION"),
      db.person.findFirst({ where: { published: true }, select: { id: true } }),
      db.petition.findFirst({ where: { status: "OPEN" }, select: { id: true } }),
    ]);
    const labels = (rows: Awaited<ReturnType<typeof terms>>) =>
      rows
        .map((row) => {
          const { name, slug } = labelIn(row, lang);
          return { name, slug };
        })
        .sort((a, b) => a.name.localeCompare(b.name, lang));
    return {
      pages: pages.map((page) => ({ name: page.title, slug: page.slug })),
      categories: labels(categories),
      regions: labels(regions),
      hasPeople: person !== null,
      hasPetitions: petition !== null,
    };
  },
  "getNavigation",
  [cacheTags.articles, cacheTags.terms, cacheTags.people, cacheTags.petitions],
);

export type TermView = {
  id: string;
  taxonomy: Taxonomy;
  name: string;
  slug: string;
  description: string;
  updatedAt: string;
};

/**
 * A category, tag or region that published news in `lang` carries, by its slug in that language
 * (or its own slug when it has no translation there), with the slug it should be reached by.
 * Not cached: a miss is never stored under a key a visitor chose.
 */
const findPublicTerm = cache(
  async (
    taxonomy: Taxonomy,
    slug: string,
    lang: Lang,
  ): Promise<{ id: string; slug: string } | null> => {
    const db = getDb();
    const select = { id: true, ...termLabelSelect } as const;
    // Its slug in this language first; else its own slug (a term with no translation here, or
    // an old link to the default language's slug, which then moves to this language's slug).
    const term =
      (await db.term.findFirst({
        where: {
          taxonomy,
          ...publicTermWhere(lang),
          translations: { some: { language: lang, slug } },
        },
        select,
      })) ??
      (await db.term.findFirst({ where: { taxonomy, slug, ...publicTermWhere(lang) }, select }));
    return term ? { id: term.id, slug: labelIn(term, lang).slug } : null;
  },
);

/** The id of a category, tag or region public in `lang`, by its slug there (feeds). */
export async function findPublicTermId(
  taxonomy: Taxonomy,
  slug: string,
  lang: Lang,
): Promise<string | null> {
  const found = await findPublicTerm(taxonomy, slug, lang);
  return found && found.slug === slug ? found.id : null;
}

const getTermView = cachedQuery(
  async (id: string, lang: Lang): Promise<TermView | null> => {
    const term = await getDb().term.findFirst({
      where: { id, ...publicTermWhere(lang) },
      select: { id: true, updatedAt: true, ...termLabelSelect },
    });
    if (!term) return null;
    return {
      id: term.id,
      taxonomy: term.taxonomy,
      ...labelIn(term, lang),
      updatedAt: term.updatedAt.toISOString(),
    };
  },
  "getTermView",
  [cacheTags.terms, cacheTags.articles],
);

/**
 * A category, tag or region archive's term in a language, only while published news in that
 * language carries it. `canonicalSlug` differs from the slug asked for when the term has its
 * own slug in this language.
 */
export async function getTermBySlug(
  taxonomy: Taxonomy,
  slug: string,
  lang: Lang,
): Promise<(TermView & { canonicalSlug: string }) | null> {
  const found = await findPublicTerm(taxonomy, slug, lang);
  if (!found) return null;
  const view = await getTermView(found.id, lang);
  return view && { ...view, canonicalSlug: found.slug };
}

/** The languages in which a term has an archive (published news carries it), with its slug. */
export const listTermLanguages = cachedQuery(
  async (termId: string, languages: Lang[]): Promise<{ lang: Lang; slug: string }[]> => {
    const term = await getDb().term.findUnique({
      where: { id: termId },
      select: {
        ...termLabelSelect,
        articles: {
          where: { kind: "POST", ...publishedWhere() },
          select: { language: true },
          distinct: ["language"],
        },
      },
    });
    if (!term) return [];
    const used = new Set(term.articles.map((article) => article.language));
    return languages
      .filter((lang) => used.has(lang))
      .map((lang) => ({ lang, slug: labelIn(term, lang).slug }));
  },
  "listTermLanguages",
  [cacheTags.terms, cacheTags.articles],
);
