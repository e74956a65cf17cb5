import "server-only";
import { getDb } from "@/lib/db";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { issueUnsubscribeToken } from "@/lib/comments/tokens";
import { isMailEnabled, sendMail } from "@/lib/mail";
import { htmlToText } from "@/lib/html-text";
import { absoluteUrl, articlePath } from "@/lib/urls";
import type { Role } from "@/lib/generated/prisma/enums";

const MODERATOR_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
  ROLE_PERMISSIONS[role].includes("comment:moderate"),
);

function excerpt(html: string): string {
  const text = htmlToText(html);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** Tells every active moderator about a comment waiting in the queue. */
export async function notifyModeratorsOfPending(commentId: string): Promise<boolean> {
  if (!isMailEnabled()) return false;
  const db = getDb();
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      authorName: true,
      body: true,
      status: true,
      articleId: true,
      article: { select: { title: true, kind: true, slug: true } },
    },
  });
  if (!comment || comment.status !== "PENDING") return false;
  const moderators = await db.user.findMany({
    where: { isActive: true, role: { in: MODERATOR_ROLES } },
    select: { email: true },
  });
  if (moderators.length === 0) return false;
  return sendMail({
    to: moderators.map((m) => m.email),
    subject: `New comment waiting: ${comment.article.title}`,
    text: [
      `${comment.authorName} commented on "${comment.article.title}":`,
      "",
      excerpt(comment.body),
      "",
      `Review it: ${absoluteUrl(`/admin/comments?status=PENDING&articleId=${comment.articleId}`)}`,
      `All pending comments: ${absoluteUrl("/admin/comments?status=PENDING")}`,
      `The article: ${absoluteUrl(articlePath(comment.article.kind, comment.article.slug))}`,
    ].join("\n"),
  });
}

/**
 * Tells the author of the parent comment that a reply to them was approved, when they asked to be
 * told and the reply is not their own. Returns whether a message went out.
 */
export async function notifyReplyApproved(replyId: string): Promise<boolean> {
  if (!isMailEnabled()) return false;
  const reply = await getDb().comment.findUnique({
    where: { id: replyId },
    select: {
      id: true,
      status: true,
      authorName: true,
      authorEmail: true,
      body: true,
      article: { select: { title: true, kind: true, slug: true } },
      parent: {
        select: { authorEmail: true, authorName: true, notifyReplies: true, status: true },
      },
    },
  });
  const parent = reply?.parent;
  if (
    !reply ||
    reply.status !== "APPROVED" ||
    !parent ||
    !parent.notifyReplies ||
    parent.status !== "APPROVED" ||
    !parent.authorEmail ||
    parent.authorEmail === reply.authorEmail
  ) {
    return false;
  }
  const link = absoluteUrl(
    `${articlePath(reply.article.kind, reply.article.slug)}#comment-${reply.id}`,
  );
  const unsubscribe = absoluteUrl(
    `/comments/unsubscribe?token=${encodeURIComponent(issueUnsubscribeToken(parent.authorEmail))}`,
  );
  return sendMail({
    to: parent.authorEmail,
    subject: `${reply.authorName} replied to your comment on "${reply.article.title}"`,
    text: [
      `Hello ${parent.authorName},`,
      "",
      `${reply.authorName} replied to your comment on "${reply.article.title}":`,
      "",
      excerpt(reply.body),
      "",
      `Read it: ${link}`,
      "",
      `You asked to be told about replies. To stop these emails, open: ${unsubscribe}`,
    ].join("\n"),
  });
}
