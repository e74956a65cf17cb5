import "server-only";
import { getDb } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { sanitizeCommentHtml } from "@/lib/sanitize";
import type { Actor } from "@/lib/auth/permissions";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyModeratorsOfPending, notifyReplyApproved } from "@/lib/comments/mail";
import { isCommentingOpen, isHumanAnswerCorrect } from "@/lib/comments/rules";
import {
  CommentFormSchema,
  type CommentFormInput,
  type CommentSettings,
} from "@/lib/comments/schemas";
import { classifyComment } from "@/lib/comments/spam";
import { checkFormToken, hashEmail, hashIpAddress, TOKEN_MAX_AGE_MS } from "@/lib/comments/tokens";
import { resolveReplyParent } from "@/lib/comments/thread";
import { articleLang } from "@/lib/articles/view";
import type { Lang } from "@/lib/i18n/languages";
import { type RefusalReason, commentMessages } from "@/lib/i18n/messages/comments";

type RefusalParams = { max?: number; length?: number; minutes?: number };

/** A refusal as a reader of `lang` reads it. */
export function refusalText(lang: Lang, reason: RefusalReason, params: RefusalParams = {}): string {
  const text = commentMessages[lang].refusals[reason];
  return typeof text === "function" ? text({ max: 0, length: 0, minutes: 1, ...params }) : text;
}

function isRefusalReason(value: string): value is RefusalReason {
  return Object.hasOwn(commentMessages.en.refusals, value);
}

/**
 * A comment refused with a reason the commenter can act on, named by its key so the form shows
 * it in the article's language; `message` and `fieldErrors` are the English text.
 */
export class CommentRejectedError extends AppError {
  constructor(
    code: AppErrorCode,
    readonly reason: RefusalReason,
    readonly params: RefusalParams = {},
    readonly fieldReasons: Record<string, RefusalReason[]> = {},
  ) {
    super(code, refusalText("en", reason, params));
  }

  get fieldErrors(): Record<string, string[]> {
    return this.localizedFieldErrors("en");
  }

  localizedFieldErrors(lang: Lang): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(this.fieldReasons).map(([field, reasons]) => [
        field,
        reasons.map((reason) => refusalText(lang, reason, this.params)),
      ]),
    );
  }
}

function reject(
  reason: RefusalReason,
  field?: string,
  code: AppErrorCode = "INVALID",
  params: RefusalParams = {},
): never {
  throw new CommentRejectedError(code, reason, params, field ? { [field]: [reason] } : {});
}

export const RATE_LIMITS = {
  ip: { limit: 5, windowSeconds: 10 * 60 },
  email: { limit: 3, windowSeconds: 10 * 60 },
} as const;

export type SubmitContext = {
  settings: CommentSettings;
  /** The signed-in staff member posting from the public page, if any. */
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
};

export type SubmittedComment = {
  id: string;
  articleId: string;
  articleSlug: string;
  articleLanguage: Lang;
  parentId: string | null;
  status: CommentStatus;
  authorName: string;
  authorUrl: string | null;
  bodyHtml: string;
  createdAt: string;
  isStaff: boolean;
};

function pleaseWait(seconds: number): never {
  reject("rateLimited", undefined, "RATE_LIMITED", {
    minutes: Math.max(1, Math.ceil(seconds / 60)),
  });
}

/**
 * Checks a reader's comment against every rule (fields, honeypot, form token, human check, open
 * article, reply target, duplicates, rate limits, keyword lists) and stores it with the status
 * the rules give. Needs no permission: anyone may comment on an open article.
 */
export async function submitComment(
  raw: CommentFormInput,
  context: SubmitContext,
): Promise<SubmittedComment> {
  const { settings, actor } = context;
  const now = context.now ?? new Date();
  const parsed = CommentFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldReasons: Record<string, RefusalReason[]> = {};
    for (const issue of parsed.error.issues) {
      const reason = isRefusalReason(issue.message) ? issue.message : "checkFields";
      (fieldReasons[issue.path.join(".") || "_form"] ??= []).push(reason);
    }
    throw new CommentRejectedError("INVALID", "checkFields", {}, fieldReasons);
  }
  const input = parsed.data;

  if (input.company.trim() !== "") reject("honeypot");

  const token = checkFormToken(input.token, input.articleId, now);
  if (!token.ok) {
    reject(
      token.reason === "too-fast"
        ? "tooFast"
        : token.reason === "expired"
          ? "tokenExpired"
          : "tokenInvalid",
    );
  }
  const db = getDb();
  if (await db.usedToken.findUnique({ where: { id: token.data.nonce }, select: { id: true } })) {
    reject("tokenUsed");
  }

  const isStaff = !!actor;
  if (settings.humanCheck && !isStaff && !isHumanAnswerCorrect(input.humanAnswer, now)) {
    reject("wrongYear", "humanAnswer");
  }

  const bodyHtml = sanitizeCommentHtml(input.body);
  if (input.body.length > settings.maxLength) {
    reject("bodyOverLimit", "body", "INVALID", {
      max: settings.maxLength,
      length: input.body.length,
    });
  }
  if (!bodyHtml.replace(/<[^>]*>/g, "").trim()) reject("bodyRequired", "body");

  const article = await db.article.findFirst({
    where: { id: input.articleId, status: "PUBLISHED", publishedAt: { lte: now } },
    select: { id: true, slug: true, language: true, commentsOpen: true, publishedAt: true },
  });
  if (!article) reject("noComments", undefined, "NOT_FOUND");
  if (!isCommentingOpen(article, settings, now)) reject("closed");

  const parentId = input.parentId
    ? await resolveReplyParent(db, input.parentId, article.id, settings.maxDepth)
    : null;
  if (input.parentId && !parentId) {
    reject("parentInvalid", "parentId");
  }

  const duplicate = await db.comment.findFirst({
    where: {
      articleId: article.id,
      body: bodyHtml,
      createdAt: { gte: new Date(now.getTime() - 24 * 60 * 60 * 1000) },
    },
    select: { id: true },
  });
  if (duplicate) reject("duplicate", "body", "CONFLICT");

  const ipHash = context.ip ? hashIpAddress(context.ip, now) : null;
  if (!isStaff) {
    if (ipHash) {
      const byIp = await hitRateLimit(
        `comment:ip:${ipHash}`,
        RATE_LIMITS.ip.limit,
        RATE_LIMITS.ip.windowSeconds,
      );
      if (!byIp.allowed) pleaseWait(byIp.retryAfterSeconds);
    }
    const byEmail = await hitRateLimit(
      `comment:email:${hashEmail(input.authorEmail)}`,
      RATE_LIMITS.email.limit,
      RATE_LIMITS.email.windowSeconds,
    );
    if (!byEmail.allowed) pleaseWait(byEmail.retryAfterSeconds);
  }

  const status = await decideStatus(input, bodyHtml, isStaff, settings);
  const comment = await db
    .$transaction(async (tx) => {
      // Inserting the nonce is what makes the token single-use, even for two posts racing.
      await tx.usedToken.create({
        data: { id: token.data.nonce, expiresAt: new Date(token.data.issuedAt + TOKEN_MAX_AGE_MS) },
      });
      return tx.comment.create({
        data: {
          articleId: article.id,
          parentId,
          authorName: input.authorName,
          authorEmail: input.authorEmail,
          authorUrl: input.authorUrl,
          body: bodyHtml,
          status,
          userId: actor?.id ?? null,
          ipHash,
          userAgent: context.userAgent?.slice(0, 300) ?? null,
          notifyReplies: input.notifyReplies,
          createdAt: now,
        },
        select: { id: true, createdAt: true },
      });
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        reject("tokenUsed");
      }
      throw error;
    });

  if (status === "PENDING") await notifyModeratorsOfPending(comment.id);
  if (status === "APPROVED" && parentId) await notifyReplyApproved(comment.id);

  return {
    id: comment.id,
    articleId: article.id,
    articleSlug: article.slug,
    articleLanguage: articleLang(article.language),
    parentId,
    status,
    authorName: input.authorName,
    authorUrl: input.authorUrl,
    bodyHtml,
    createdAt: comment.createdAt.toISOString(),
    isStaff,
  };
}

async function decideStatus(
  input: { authorName: string; authorEmail: string; authorUrl: string | null },
  bodyHtml: string,
  isStaff: boolean,
  settings: CommentSettings,
): Promise<CommentStatus> {
  if (isStaff && settings.staffAutoApprove) return "APPROVED";
  const verdict = classifyComment({ ...input, body: bodyHtml }, settings);
  if (verdict.status === "SPAM") return "SPAM";
  if (verdict.status === "HOLD") return "PENDING";
  if (!settings.requireApproval) return "APPROVED";
  if (settings.autoApproveKnown) {
    const known = await getDb().comment.findFirst({
      where: { authorEmail: input.authorEmail, status: "APPROVED" },
      select: { id: true },
    });
    if (known) return "APPROVED";
  }
  return "PENDING";
}
