import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { ImportContext } from "@/lib/import/wordpress/context";
import { contentHash, type Tx } from "@/lib/import/wordpress/imported";
import { mapCommentStatus, wordpressDate } from "@/lib/import/wordpress/mapping";
import type { WxrComment } from "@/lib/import/wordpress/types";
import { sanitizeCommentHtml } from "@/lib/sanitize";

type Kept = { comment: WxrComment; status: CommentStatus; parent: number };

/**
 * Which comments are kept and whom each answers. Pingbacks, trackbacks and trashed comments are
 * left out; a reply to one of those answers its nearest kept ancestor; a reply to a comment the
 * export does not have becomes a comment on the article (reported); a thread deeper than the
 * site allows hangs from the deepest parent allowed.
 */
function threadComments(context: ImportContext, comments: WxrComment[], label: string): Kept[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const kept = new Map<number, Kept>();
  for (const comment of comments) {
    if (comment.type && comment.type !== "comment") {
      context.tally(context.report.skippedByStatus, `comment type ${comment.type}`);
      context.report.counts.comments.skipped += 1;
      continue;
    }
    const status = mapCommentStatus(comment.approved);
    if (!status) {
      context.tally(
        context.report.skippedByStatus,
        `comment ${comment.approved || "without status"}`,
      );
      context.report.counts.comments.skipped += 1;
      continue;
    }
    kept.set(comment.id, { comment, status, parent: 0 });
  }
  const depthOf = new Map<number, number>();
  const chainOf = (id: number): number[] => {
    // The kept ancestors of a comment, nearest first.
    const chain: number[] = [];
    const seen = new Set<number>([id]);
    let parentId = byId.get(id)?.parentId ?? 0;
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = byId.get(parentId);
      if (!parent) break;
      if (kept.has(parentId)) chain.push(parentId);
      parentId = parent.parentId;
    }
    return chain;
  };
  const maxDepth = context.rules.maxCommentDepth;
  for (const entry of kept.values()) {
    const { comment } = entry;
    if (comment.parentId && !byId.has(comment.parentId)) {
      context.problem(
        label,
        `comment ${comment.id} answers comment ${comment.parentId}, which is not in the export; shown as a comment on the article`,
      );
    }
    const chain = chainOf(comment.id);
    // chain[0] is the parent; its depth is chain.length. Too deep: the ancestor at maxDepth - 1.
    const excess = Math.max(0, chain.length + 1 - maxDepth);
    entry.parent = chain[excess] ?? 0;
    depthOf.set(comment.id, Math.min(chain.length + 1, maxDepth));
  }
  // Parents before replies.
  return [...kept.values()].sort(
    (a, b) => (depthOf.get(a.comment.id) ?? 0) - (depthOf.get(b.comment.id) ?? 0),
  );
}

const webUrl = (value: string) => (/^https?:\/\/[^\s]+$/i.test(value) ? value.slice(0, 500) : null);

/** Writes an article's comments: new ones created, changed ones updated, nothing duplicated. */
export async function importComments(
  tx: Tx,
  context: ImportContext,
  comments: WxrComment[],
  articleId: string,
  label: string,
): Promise<void> {
  if (comments.length === 0) return;
  const counts = context.report.counts.comments;
  const kept = threadComments(context, comments, label);
  const rows = await tx.importedItem.findMany({
    where: {
      site: context.siteKey,
      type: "COMMENT",
      wpId: { in: kept.map((k) => BigInt(k.comment.id)) },
    },
    select: { wpId: true, targetId: true, contentHash: true },
  });
  const known = new Map(rows.map((row) => [Number(row.wpId), row]));
  const ids = new Map<number, string>(rows.map((row) => [Number(row.wpId), row.targetId]));
  const creates: Prisma.CommentCreateManyInput[] = [];
  const records: {
    site: string;
    type: "COMMENT";
    wpId: bigint;
    targetId: string;
    contentHash: string;
  }[] = [];
  for (const { comment, status, parent } of kept) {
    const hash = contentHash({ comment: { ...comment, authorIp: undefined }, parent });
    const previous = known.get(comment.id);
    if (previous?.contentHash === hash) {
      counts.unchanged += 1;
      continue;
    }
    const data = {
      authorName: comment.authorName.slice(0, 200) || "Anonymous",
      authorEmail: comment.authorEmail.toLowerCase().slice(0, 320),
      authorUrl: webUrl(comment.authorUrl),
      body: sanitizeCommentHtml(comment.content),
      status,
      // The raw IP address (comment.authorIp) is dropped here: it is never stored.
      createdAt: wordpressDate(comment.dateGmt, comment.date, context.rules.timeZone) ?? new Date(),
    };
    if (previous) {
      counts.updated += 1;
      if (context.options.dryRun) continue;
      await tx.comment.update({ where: { id: previous.targetId }, data: { ...data, status } });
      await tx.importedItem.update({
        where: {
          site_type_wpId: { site: context.siteKey, type: "COMMENT", wpId: BigInt(comment.id) },
        },
        data: { contentHash: hash },
      });
      continue;
    }
    counts.created += 1;
    const id = randomUUID();
    ids.set(comment.id, id);
    const parentId = parent ? (ids.get(parent) ?? null) : null;
    const userId = comment.userId ? (context.authorsById.get(comment.userId) ?? null) : null;
    creates.push({ id, articleId, parentId, userId, ...data });
    records.push({
      site: context.siteKey,
      type: "COMMENT",
      wpId: BigInt(comment.id),
      targetId: id,
      contentHash: hash,
    });
  }
  if (context.options.dryRun || creates.length === 0) return;
  await tx.comment.createMany({ data: creates });
  await tx.importedItem.createMany({ data: records });
}
