import "server-only";
import { getDb } from "@/lib/db";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { issueUnsubscribeToken } from "@/lib/comments/tokens";
import { isMailEnabled, sendMail } from "@/lib/mail";
import { htmlToText } from "@/lib/html-text";
import { absoluteUrl, articlePath } from "@/lib/urls";
import type { Role } from "@/lib/generated/prisma/enums";
import { articleLang } from "@/lib/articles/view";
import { inLanguage } from "@/lib/i18n/locale";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { getSiteSettings } from "@/lib/settings/queries";

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
      article: { select: { title: true, kind: true, slug: true, language: true } },
    },
  });
  if (!comment || comment.status !== "PENDING") return false;
  const articleLanguage = {
    lang: articleLang(comment.article.language),
    defaultLang: (await getSiteSettings()).defaultLanguage,
  };
  const moderators = await db.user.findMany({
    where: { isActive: true, role: { in: MODERATOR_ROLES } },
    select: { email: true },
  });
  if (moderators.length === 0) return false;
  return sendMail({
    to: moderators.map((m) => m.email),
    // The staff area's language.
    lang: "en",
    subject: `New comment waiting: ${comment.article.title}`,
    text: [
      `${comment.authorName} commented on "${comment.article.title}":`,
      "",
      excerpt(comment.body),
      "",
      `Review it: ${absoluteUrl(`/admin/comments?status=PENDING&articleId=${comment.articleId}`)}`,
      `All pending comments: ${absoluteUrl("/admin/comments?status=PENDING")}`,
      `The article: ${absoluteUrl(articlePath(comment.article.kind, comment.article.slug, articleLanguage))}`,
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
      article: { select: { title: true, kind: true, slug: true, language: true } },
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
  // Written in the article's language: the one the commenter read and wrote in.
  const lang = articleLang(reply.article.language);
  const language = { lang, defaultLang: (await getSiteSettings()).defaultLanguage };
  const t = commentMessages[lang].replyMail;
  const link = absoluteUrl(
    `${articlePath(reply.article.kind, reply.article.slug, language)}#comment-${reply.id}`,
  );
  const unsubscribe = absoluteUrl(
    inLanguage(
      lang,
      language.defaultLang,
      `/comments/unsubscribe?token=${encodeURIComponent(issueUnsubscribeToken(parent.authorEmail))}`,
    ),
  );
  return sendMail({
    to: parent.authorEmail,
    lang,
    subject: t.subject(reply.authorName, reply.article.title),
    text: [
      t.greeting(parent.authorName),
      "",
      t.intro(reply.authorName, reply.article.title),
      "",
      excerpt(reply.body),
      "",
      `${t.readIt} ${link}`,
      "",
      `${t.stop} ${unsubscribe}`,
    ].join("\n"),
  });
}
