import "server-only";
import { publishedWhere } from "@/lib/articles/queries";
import { getDb } from "@/lib/db";
import type { FeedArticle, FeedComment } from "@/lib/feeds/build";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { labelIn, termLabelSelect, termRefIn } from "@/lib/taxonomy/labels";

/** How many items a feed carries: enough for a reader that polls daily, small enough to stay fast. */
const FEED_SIZE = 30;

const feedArticleSelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  language: true,
  author: { select: { name: true } },
  terms: { select: termLabelSelect, orderBy: { name: "asc" } },
} satisfies Prisma.ArticleSelect;

type FeedArticleRow = Prisma.ArticleGetPayload<{ select: typeof feedArticleSelect }>;

function toFeedArticle(row: FeedArticleRow): FeedArticle {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    body: row.body,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authorName: row.author.name,
    terms: row.terms.map((term) => termRefIn(term, row.language)),
  };
}

/** Published news in a language, newest first; with a term, only the news filed under it. */
export async function listFeedArticles(
  term: { id: string } | null,
  lang: Lang,
  { now = new Date(), limit = FEED_SIZE, db = getDb() }: ListOptions = {},
): Promise<FeedArticle[]> {
  const rows = await db.article.findMany({
    where: {
      kind: "POST",
      language: lang,
      ...publishedWhere(now),
      ...(term ? { terms: { some: { id: term.id } } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: feedArticleSelect,
  });
  return rows.map(toFeedArticle);
}

type ListOptions = { now?: Date; limit?: number; db?: PrismaClient };

export type FeedTerm = {
  id: string;
  taxonomy: Taxonomy;
  slug: string;
  name: string;
  description: string;
};

/**
 * A category, tag or region by id with its name in `lang`, while published news in that
 * language carries it (else null).
 */
export async function findFeedTerm(
  id: string,
  lang: Lang,
  { now = new Date(), db = getDb() }: { now?: Date; db?: PrismaClient } = {},
): Promise<FeedTerm | null> {
  const term = await db.term.findFirst({
    where: { id, articles: { some: { kind: "POST", language: lang, ...publishedWhere(now) } } },
    select: { id: true, ...termLabelSelect },
  });
  return term && { id: term.id, taxonomy: term.taxonomy, ...labelIn(term, lang) };
}

export type FeedArticleRef = { id: string; kind: "POST" | "PAGE"; slug: string; title: string };

/** A published news article in a language by id, for its comments feed. */
export async function findFeedArticle(
  id: string,
  lang: Lang,
  { now = new Date(), db = getDb() }: { now?: Date; db?: PrismaClient } = {},
): Promise<FeedArticleRef | null> {
  return db.article.findFirst({
    where: { id, kind: "POST", language: lang, ...publishedWhere(now) },
    select: { id: true, kind: true, slug: true, title: true },
  });
}

/**
 * Approved comments on published articles in a language, newest first; with an article, only
 * its own.
 */
export async function listFeedComments(
  article: { id: string } | null,
  lang: Lang,
  { now = new Date(), limit = FEED_SIZE, db = getDb() }: ListOptions = {},
): Promise<FeedComment[]> {
  const rows = await db.comment.findMany({
    where: {
      status: "APPROVED",
      ...(article ? { articleId: article.id } : {}),
      article: { language: lang, ...publishedWhere(now) },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      authorName: true,
      body: true,
      createdAt: true,
      updatedAt: true,
      article: { select: { kind: true, slug: true, title: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
