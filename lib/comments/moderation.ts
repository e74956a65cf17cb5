import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeCommentHtml } from "@/lib/sanitize";
import { notifyReplyApproved } from "@/lib/comments/mail";
import type { BulkOperation, CommentSettings } from "@/lib/comments/schemas";
import { loadCommentSettings } from "@/lib/comments/settings";
import { resolveReplyParent } from "@/lib/comments/thread";
import { hashEmail } from "@/lib/comments/tokens";

type Tx = Prisma.TransactionClient;

const NEXT_STATUS: Record<Exclude<BulkOperation, "delete">, CommentStatus> = {
  approve: "APPROVED",
  unapprove: "PENDING",
  spam: "SPAM",
  trash: "TRASH",
  restore: "PENDING",
};

export type ModerationResult = { count: number; articleIds: string[] };

/** Removes a comment for good, moving its replies up to its parent so threads stay whole. */
async function deleteComment(tx: Tx, id: string, parentId: string | null): Promise<void> {
  await tx.comment.updateMany({ where: { parentId: id }, data: { parentId } });
  await tx.comment.delete({ where: { id } });
}

/**
 * Approves, unapproves, marks as spam, trashes, restores or permanently deletes comments, with one
 * audit entry each. Needs comment:moderate. Returns the articles whose public page changed.
 */
export async function moderateComments(
  actor: Actor | null,
  operation: BulkOperation,
  ids: string[],
  now = new Date(),
): Promise<ModerationResult> {
  assertCan(actor, "comment:moderate");
  const db = getDb();
  const comments = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, articleId: true, status: true, parentId: true, authorEmail: true },
  });
  if (comments.length === 0) throw new AppError("NOT_FOUND", "Those comments no longer exist.");
  const approvedNow: string[] = [];
  await db.$transaction(async (tx) => {
    for (const comment of comments) {
      if (operation === "delete") {
        await deleteComment(tx, comment.id, comment.parentId);
      } else {
        if (operation === "restore" && comment.status !== "TRASH" && comment.status !== "SPAM") {
          continue;
        }
        const status = NEXT_STATUS[operation];
        if (status === comment.status) continue;
        await tx.comment.update({
          where: { id: comment.id },
          data: { status, moderatedById: actor.id, moderatedAt: now },
        });
        if (status === "APPROVED") approvedNow.push(comment.id);
      }
      await recordAudit(
        actor,
        {
          action: `comment.${operation}`,
          targetType: "comment",
          targetId: comment.id,
          // No commenter's name here: the log outlives an erasure request.
          summary: `${operation} a reader's comment`,
          details: {
            articleId: comment.articleId,
            from: comment.status,
            commenter: hashEmail(comment.authorEmail),
          },
        },
        tx,
      );
    }
  });
  for (const id of approvedNow) await notifyReplyApproved(id);
  return { count: comments.length, articleIds: [...new Set(comments.map((c) => c.articleId))] };
}

/** Replaces a comment's text (sanitized as a reader's would be). Needs comment:moderate. */
export async function editComment(
  actor: Actor | null,
  id: string,
  body: string,
): Promise<{ articleId: string }> {
  assertCan(actor, "comment:moderate");
  const bodyHtml = sanitizeCommentHtml(body);
  if (!bodyHtml.replace(/<[^>]*>/g, "").trim()) {
    throw new AppError("INVALID", "A comment cannot be empty.");
  }
  const db = getDb();
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id }, select: { articleId: true } });
    if (!comment) throw new AppError("NOT_FOUND", "That comment no longer exists.");
    await tx.comment.update({ where: { id }, data: { body: bodyHtml } });
    await recordAudit(
      actor,
      { action: "comment.edit", targetType: "comment", targetId: id, summary: "edited a comment" },
      tx,
    );
    return comment;
  });
}

/**
 * Approves a comment (when it waits) and posts the staff member's reply under it, approved and
 * marked as staff. Needs comment:moderate.
 */
export async function replyAsStaff(
  actor: Actor | null,
  parentId: string,
  body: string,
  maxDepth: number,
  now = new Date(),
): Promise<{ id: string; articleId: string }> {
  assertCan(actor, "comment:moderate");
  const bodyHtml = sanitizeCommentHtml(body);
  if (!bodyHtml.replace(/<[^>]*>/g, "").trim()) {
    throw new AppError("INVALID", "Please write your reply.");
  }
  const db = getDb();
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, status: true, authorEmail: true },
  });
  if (!parent) throw new AppError("NOT_FOUND", "That comment no longer exists.");
  if (parent.status === "SPAM" || parent.status === "TRASH") {
    throw new AppError("INVALID", "Restore the comment before replying to it.");
  }
  const reply = await db.$transaction(async (tx) => {
    if (parent.status === "PENDING") {
      await tx.comment.update({
        where: { id: parent.id },
        data: { status: "APPROVED", moderatedById: actor.id, moderatedAt: now },
      });
      await recordAudit(
        actor,
        {
          action: "comment.approve",
          targetType: "comment",
          targetId: parent.id,
          summary: "approve a reader's comment",
          details: {
            articleId: parent.articleId,
            from: "PENDING",
            commenter: hashEmail(parent.authorEmail),
          },
        },
        tx,
      );
    }
    const attachTo =
      (await resolveReplyParent(tx, parent.id, parent.articleId, maxDepth)) ?? parent.id;
    return tx.comment.create({
      data: {
        articleId: parent.articleId,
        parentId: attachTo,
        authorName: actor.name,
        authorEmail: actor.email,
        body: bodyHtml,
        status: "APPROVED",
        userId: actor.id,
        moderatedById: actor.id,
        moderatedAt: now,
      },
      select: { id: true },
    });
  });
  if (parent.status === "PENDING") await notifyReplyApproved(parent.id);
  await notifyReplyApproved(reply.id);
  return { id: reply.id, articleId: parent.articleId };
}

/**
 * Erases a commenter on request: deletes every comment of one email address, or keeps the words
 * and removes who wrote them; either way their name is also removed from earlier audit entries.
 * Needs comment:moderate. The audit entries hold a keyed fingerprint of the address, never the
 * address, so reading the log cannot confirm a guessed address.
 */
export async function eraseCommenter(
  actor: Actor | null,
  email: string,
  mode: "delete" | "anonymise",
): Promise<ModerationResult> {
  assertCan(actor, "comment:moderate");
  const address = email.trim().toLowerCase();
  const fingerprint = hashEmail(address);
  const db = getDb();
  const comments = await db.comment.findMany({
    where: { authorEmail: address },
    select: { id: true, articleId: true, parentId: true, authorName: true },
  });
  const names = [...new Set(comments.map((c) => c.authorName).filter((name) => name.trim()))];
  await db.$transaction(async (tx) => {
    if (mode === "delete") {
      for (const comment of comments) await deleteComment(tx, comment.id, comment.parentId);
    } else {
      await tx.comment.updateMany({
        where: { authorEmail: address },
        data: {
          authorName: "Anonymous",
          authorEmail: "",
          authorUrl: null,
          ipHash: null,
          userAgent: null,
          notifyReplies: false,
        },
      });
    }
    await redactAuditEntries(
      tx,
      comments.map((c) => c.id),
      fingerprint,
      names,
    );
    await recordAudit(
      actor,
      {
        action: "comment.erase",
        targetType: "commenter",
        summary: `${mode === "delete" ? "deleted" : "anonymised"} ${comments.length} comment(s) of one commenter`,
        details: { mode, count: comments.length, emailFingerprint: fingerprint },
      },
      tx,
    );
  });
  return { count: comments.length, articleIds: [...new Set(comments.map((c) => c.articleId))] };
}

/**
 * Removes a commenter's name from the summaries of entries about their comments. The log's
 * trigger allows this one rewrite, and only inside a transaction that declares it.
 */
async function redactAuditEntries(
  tx: Tx,
  commentIds: string[],
  fingerprint: string,
  names: string[],
): Promise<void> {
  if (names.length === 0 || commentIds.length === 0) return;
  await tx.$executeRaw`SET LOCAL "campaign.audit_redaction" = 'on'`;
  for (const name of names) {
    await tx.$executeRaw`
      UPDATE "AuditLog" SET "summary" = replace("summary", ${name}, 'a commenter')
      WHERE strpos("summary", ${name}) > 0
        AND (("targetType" = 'comment' AND "targetId" = ANY(${commentIds}))
          OR "details"->>'commenter' = ${fingerprint})`;
  }
  await tx.$executeRaw`SET LOCAL "campaign.audit_redaction" = 'off'`;
}

/** Turns off reply notifications for an address (the unsubscribe link). Needs no permission. */
export async function unsubscribeFromReplies(email: string): Promise<number> {
  const { count } = await getDb().comment.updateMany({
    where: { authorEmail: email.toLowerCase(), notifyReplies: true },
    data: { notifyReplies: false },
  });
  return count;
}

/**
 * Forgets IP hashes and user agents older than the retention period and expired form-token ids.
 * A system job (run by the app's ticker), so it takes no actor.
 */
export async function purgeExpiredCommentData(
  rules?: Pick<CommentSettings, "ipRetentionDays">,
  now = new Date(),
): Promise<{ comments: number; tokens: number }> {
  const settings = rules ?? (await loadCommentSettings());
  const db = getDb();
  const cutoff = new Date(now.getTime() - settings.ipRetentionDays * 24 * 60 * 60 * 1000);
  const [comments, tokens] = await db.$transaction([
    db.comment.updateMany({
      where: {
        createdAt: { lt: cutoff },
        OR: [{ ipHash: { not: null } }, { userAgent: { not: null } }],
      },
      data: { ipHash: null, userAgent: null },
    }),
    db.usedToken.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { comments: comments.count, tokens: tokens.count };
}
