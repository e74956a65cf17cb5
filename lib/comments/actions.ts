"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { clientIp } from "@/lib/auth/config";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { revalidateComments } from "@/lib/revalidate";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath } from "@/lib/urls";
import type { CommentFormValues } from "@/lib/comments/schemas";
import {
  CommentRejectedError,
  type SubmittedComment,
  refusalText,
  submitComment,
} from "@/lib/comments/service";
import { getCachedCommentSettings } from "@/lib/comments/settings";
import {
  COMMENTER_COOKIE,
  commenterCookieOptions,
  issueFormToken,
  readCommenterCookie,
  writeCommenterCookie,
} from "@/lib/comments/tokens";

export type PostCommentState =
  | { status: "idle" }
  | {
      status: "error";
      formError: string;
      fieldErrors: Record<string, string[]>;
      values: CommentFormValues;
      token: string;
    }
  | { status: "posted"; comment: SubmittedComment; message: string; token: string };

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The public comment form. Anyone may post; the service applies every rule. Without JavaScript a
 * success answers 303 to the article (the live view shows the message); an error re-renders the
 * form through useActionState with everything typed kept.
 */
export async function postCommentAction(
  _previous: PostCommentState,
  formData: FormData,
): Promise<PostCommentState> {
  const articleId = text(formData, "articleId");
  const values: CommentFormValues = {
    parentId: text(formData, "parentId"),
    authorName: text(formData, "authorName"),
    authorEmail: text(formData, "authorEmail"),
    authorUrl: text(formData, "authorUrl"),
    body: text(formData, "body"),
    notifyReplies: formData.get("notifyReplies") === "on",
    humanAnswer: text(formData, "humanAnswer"),
  };
  const token = text(formData, "token");
  // The form's language, for its messages only: the article decides everything else.
  const formLang = text(formData, "lang");
  const lang: Lang = isLang(formLang) ? formLang : "en";
  const t = commentMessages[lang].comments;
  let comment: SubmittedComment;
  try {
    const requestHeaders = await headers();
    const [settings, actor] = await Promise.all([
      getCachedCommentSettings(),
      getActor().catch(() => null),
    ]);
    comment = await submitComment(
      { ...values, articleId, token, company: text(formData, "company") },
      {
        settings,
        actor,
        ip: clientIp(requestHeaders),
        userAgent: requestHeaders.get("user-agent"),
      },
    );
  } catch (error) {
    const rejected = error instanceof CommentRejectedError;
    if (!rejected) console.error("[postCommentAction]", { articleId }, error);
    return {
      status: "error",
      formError: rejected ? refusalText(lang, error.reason, error.params) : t.writeFailed,
      fieldErrors: rejected ? error.localizedFieldErrors(lang) : {},
      values,
      // A token that was fine stays (a "too fast" one becomes fine by waiting); others are renewed.
      token: rejected && error.reason === "tooFast" ? token : issueFormToken(articleId),
    };
  }

  const jar = await cookies();
  const entries = readCommenterCookie(jar.get(COMMENTER_COOKIE)?.value).filter(
    (entry) => entry.id !== comment.id,
  );
  if (comment.status !== "APPROVED") {
    jar.set(
      COMMENTER_COOKIE,
      writeCommenterCookie([...entries, { id: comment.id, slug: comment.articleSlug }]),
      commenterCookieOptions(),
    );
  } else {
    revalidateComments(comment.articleId);
  }

  if (formData.get("js") !== "1") {
    const { defaultLanguage } = await getSiteSettings();
    const path = articlePath("POST", comment.articleSlug, {
      lang: comment.articleLanguage,
      defaultLang: defaultLanguage,
    });
    redirect(`${path}?commented=${encodeURIComponent(comment.id)}#comment-${comment.id}`);
  }
  return {
    status: "posted",
    comment,
    message: comment.status === "APPROVED" ? t.published : t.awaiting,
    token: issueFormToken(articleId),
  };
}
