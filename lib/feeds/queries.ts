import "server-only";
import { publishedWhere } from "@/lib/articles/queries";
import { getDb } from "@/lib/db";
import type { FeedArticle, FeedComment } from "@/lib/feeds/build";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";

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
  author: { select: { name: true } },
  terms: { select: { taxonomy: true, name: true, slug: true }, orderBy: { name: "asc" } },
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
    terms: row.terms,
  };
}

/** Published news, newest first; with a term, only the news filed under it. */
export async function listFeedArticles(
  term: { id: string } | null,
  { now = new Date(), limit = FEED_SIZE, db = getDb() }: ListOptions = {},
): Promise<FeedArticle[]> {
  const rows = await db.article.findMany({
    where: {
      kind: "POST",
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

/** A category, tag or region by id, while published news carries it (else null). */
export async function findFeedTerm(
  id: string,
  { now = new Date(), db = getDb() }: { now?: Date; db?: PrismaClient } = {},
): Promise<FeedTerm | null> {
  return db.term.findFirst({
    where: { id, articles: { some: { kind: "POST", ...publishedWhere(now) } } },
    select: { id: true, taxonomy: true, slug: true, name: true, description: true },
  });
}

export type FeedArticleRef = { id: string; kind: "POST" | "PAGE"; slug: string; title: string };

/** A published news article by id, for its comments feed. */
export async function findFeedArticle(
  id: string,
  { now = new Date(), db = getDb() }: { now?: Date; db?: PrismaClient } = {},
): Promise<FeedArticleRef | null> {
  return db.article.findFirst({
    where: { id, kind: "POST", ...publishedWhere(now) },
    select: { id: true, kind: true, slug: true, title: true },
  });
}

/** Approved comments on published articles, newest first; with an article, only its own. */
export async function listFeedComments(
  article: { id: string } | null,
  { now = new Date(), limit = FEED_SIZE, db = getDb() }: ListOptions = {},
): Promise<FeedComment[]> {
  const rows = await db.comment.findMany({
    where: {
      status: "APPROVED",
      ...(article ? { articleId: article.id } : {}),
      article: publishedWhere(now),
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
