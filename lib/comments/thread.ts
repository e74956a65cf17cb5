import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The comment a reply attaches to: the one replied to when it is an approved comment on the same
 * article, moved up to the deepest allowed level when the thread is already `maxDepth` deep.
 * Null when the reply target is not acceptable.
 */
export async function resolveReplyParent(
  db: Db,
  parentId: string,
  articleId: string,
  maxDepth: number,
): Promise<string | null> {
  const target = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, status: true, parentId: true },
  });
  if (!target || target.articleId !== articleId || target.status !== "APPROVED") return null;
  // Ancestors from the target up to the top-level comment (depth 1).
  const chain = [target.id];
  let next = target.parentId;
  while (next && chain.length < 100) {
    chain.push(next);
    const row = await db.comment.findUnique({ where: { id: next }, select: { parentId: true } });
    next = row?.parentId ?? null;
  }
  const targetDepth = chain.length;
  const allowedParentDepth = Math.max(1, maxDepth - 1);
  if (targetDepth <= allowedParentDepth) return target.id;
  return chain[targetDepth - allowedParentDepth] ?? target.id;
}

export type CommentNode<T> = T & { replies: CommentNode<T>[] };

/**
 * Builds threads from a flat list in creation order. A comment whose parent is not in the list
 * (not approved, deleted) is shown at the top level rather than lost.
 */
export function buildCommentTree<T extends { id: string; parentId: string | null }>(
  comments: readonly T[],
): CommentNode<T>[] {
  const nodes = new Map<string, CommentNode<T>>();
  for (const comment of comments) nodes.set(comment.id, { ...comment, replies: [] });
  const roots: CommentNode<T>[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Threads (top-level comments with their replies) on one page of a long discussion. */
export function paginateThreads<T>(
  roots: readonly T[],
  page: number,
  perPage: number,
): { threads: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(roots.length / Math.max(1, perPage)));
  const current = Math.min(Math.max(1, page), pageCount);
  return {
    threads: roots.slice((current - 1) * perPage, current * perPage),
    page: current,
    pageCount,
  };
}
