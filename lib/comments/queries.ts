import "server-only";
import { cache } from "react";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { QueueQuery } from "@/lib/comments/schemas";
import { type Actor, assertCan } from "@/lib/auth/permissions";

/** One comment as readers see it; dates are ISO strings so it survives the cache. */
export type PublicComment = {
  id: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string | null;
  bodyHtml: string;
  createdAt: string;
  isStaff: boolean;
};

const publicCommentSelect = {
  id: true,
  parentId: true,
  authorName: true,
  authorUrl: true,
  body: true,
  createdAt: true,
  userId: true,
} satisfies Prisma.CommentSelect;

function toPublicComment(
  row: Prisma.CommentGetPayload<{ select: typeof publicCommentSelect }>,
): PublicComment {
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    bodyHtml: row.body,
    createdAt: row.createdAt.toISOString(),
    isStaff: row.userId !== null,
  };
}

/** Approved comments of one article in the order they were written (never an email address). */
export async function fetchApprovedComments(articleId: string): Promise<PublicComment[]> {
  const rows = await getDb().comment.findMany({
    where: { articleId, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: publicCommentSelect,
  });
  return rows.map(toPublicComment);
}

/** Cached per article, revalidated by revalidateComments(articleId). */
export const listApprovedComments = cachedQuery(
  fetchApprovedComments,
  "approved-comments",
  (articleId) => [cacheTags.comments(articleId), cacheTags.allComments],
);

/** The visitor's own comments that still wait (from their signed cookie), for them alone. */
export async function listVisitorPendingComments(
  articleId: string,
  ids: string[],
): Promise<PublicComment[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().comment.findMany({
    where: { id: { in: ids }, articleId, status: { in: ["PENDING", "SPAM"] } },
    orderBy: { createdAt: "asc" },
    select: publicCommentSelect,
  });
  return rows.map(toPublicComment);
}

export type CommentArticle = {
  id: string;
  kind: "POST" | "PAGE";
  slug: string;
  title: string;
  commentsOpen: boolean;
  publishedAt: string | null;
};

/** A published post by slug with just what the comment pages need. */
export const getCommentArticleBySlug = cache(
  async (slug: string, lang: string): Promise<CommentArticle | null> => {
    const row = await getDb().article.findFirst({
      where: {
        kind: "POST",
        slug,
        language: lang,
        status: "PUBLISHED",
        publishedAt: { lte: new Date() },
      },
      select: {
        id: true,
        kind: true,
        slug: true,
        title: true,
        commentsOpen: true,
        publishedAt: true,
      },
    });
    return row ? { ...row, publishedAt: row.publishedAt?.toISOString() ?? null } : null;
  },
);

/** Whether a published article has this id (for a fresh comment-form token); no permission. */
export async function isPublishedArticle(id: string): Promise<boolean> {
  const row = await getDb().article.findFirst({
    where: { id, status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

const QUEUE_PAGE_SIZE = 30;

function queueWhere(query: Omit<QueueQuery, "status" | "page">): Prisma.CommentWhereInput {
  const where: Prisma.CommentWhereInput = {};
  if (query.articleId) where.articleId = query.articleId;
  if (query.q) {
    where.OR = [
      { body: { contains: query.q, mode: "insensitive" } },
      { authorName: { contains: query.q, mode: "insensitive" } },
      { authorEmail: { contains: query.q.toLowerCase() } },
    ];
  }
  return where;
}

/** One page of the moderation queue, with the article each comment belongs to (comment:moderate). */
export async function listQueue(actor: Actor, query: QueueQuery) {
  assertCan(actor, "comment:moderate");
  const where = { ...queueWhere(query), status: query.status };
  const [rows, total] = await Promise.all([
    getDb().comment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        status: true,
        createdAt: true,
        userId: true,
        article: { select: { id: true, kind: true, slug: true, title: true, language: true } },
        parent: { select: { id: true, authorName: true, body: true } },
      },
    }),
    getDb().comment.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

/** How many comments each tab holds, under the same article filter and search. */
export async function countQueueTabs(
  actor: Actor,
  query: Omit<QueueQuery, "status" | "page">,
): Promise<Record<CommentStatus, number>> {
  assertCan(actor, "comment:moderate");
  const groups = await getDb().comment.groupBy({
    by: ["status"],
    where: queueWhere(query),
    _count: { _all: true },
  });
  const counts: Record<CommentStatus, number> = { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Comments waiting for a moderator (the staff navigation's badge). Needs comment:moderate. */
export async function countPendingComments(actor: Actor): Promise<number> {
  assertCan(actor, "comment:moderate");
  return getDb().comment.count({ where: { status: "PENDING" } });
}

/** Articles that have comments, for the queue's article filter (comment:moderate). */
export async function listArticlesWithComments(actor: Actor) {
  assertCan(actor, "comment:moderate");
  return getDb().article.findMany({
    where: { comments: { some: {} } },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
    take: 500,
  });
}
