import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommentStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import {
  type CommentFormInput,
  type CommentSettings,
  defaultCommentSettings,
} from "@/lib/comments/schemas";
import { issueFormToken } from "@/lib/comments/tokens";

const unique = () => randomBytes(4).toString("hex");

export async function createStaff(db: PrismaClient, role: Role = "MODERATOR"): Promise<Actor> {
  const id = unique();
  return db.user.create({
    data: { email: `staff-${id}@example.org`, name: `Staff ${id}`, passwordHash: "x", role },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function createCommentArticle(
  db: PrismaClient,
  overrides: { commentsOpen?: boolean; publishedAt?: Date; status?: "PUBLISHED" | "DRAFT" } = {},
) {
  const author = await createStaff(db, "AUTHOR");
  const id = unique();
  return db.article.create({
    data: {
      title: `Article ${id}`,
      slug: `article-${id}`,
      body: "<p>Body</p>",
      status: overrides.status ?? "PUBLISHED",
      publishedAt: overrides.publishedAt ?? new Date(Date.now() - 60 * 60 * 1000),
      commentsOpen: overrides.commentsOpen ?? true,
      authorId: author.id,
    },
    select: { id: true, slug: true, title: true, kind: true },
  });
}

export async function createComment(
  db: PrismaClient,
  articleId: string,
  overrides: {
    parentId?: string | null;
    status?: CommentStatus;
    authorEmail?: string;
    authorName?: string;
    body?: string;
    notifyReplies?: boolean;
    createdAt?: Date;
    ipHash?: string | null;
    userAgent?: string | null;
  } = {},
) {
  const id = unique();
  return db.comment.create({
    data: {
      articleId,
      parentId: overrides.parentId ?? null,
      authorName: overrides.authorName ?? `Reader ${id}`,
      authorEmail: overrides.authorEmail ?? `reader-${id}@example.org`,
      body: overrides.body ?? `<p>Comment ${id}</p>`,
      status: overrides.status ?? "APPROVED",
      notifyReplies: overrides.notifyReplies ?? false,
      createdAt: overrides.createdAt,
      ipHash: overrides.ipHash ?? null,
      userAgent: overrides.userAgent ?? null,
    },
  });
}

/** A filled-in comment form whose token was rendered `ageMs` ago (10 s: a person's pace). */
export function commentForm(
  articleId: string,
  overrides: Partial<CommentFormInput> = {},
  ageMs = 10_000,
): CommentFormInput {
  const id = unique();
  return {
    articleId,
    authorName: "Nasta",
    authorEmail: `reader-${id}@example.org`,
    authorUrl: "",
    body: `Freedom for Ales Bialiatski! (${id})`,
    notifyReplies: false,
    token: issueFormToken(articleId, new Date(Date.now() - ageMs)),
    company: "",
    humanAnswer: String(new Date().getUTCFullYear()),
    ...overrides,
  };
}

export function commentSettings(overrides: Partial<CommentSettings> = {}): CommentSettings {
  return { ...defaultCommentSettings, ...overrides };
}
