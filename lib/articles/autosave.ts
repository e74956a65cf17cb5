import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { assertMayEditStatus } from "@/lib/articles/publication";
import {
  readRevisionMeta,
  snapshotArticleMeta,
  snapshotInputMeta,
} from "@/lib/articles/revision-meta";
import { ArticleInputSchema } from "@/lib/articles/schemas";
import { createArticleInTransaction } from "@/lib/articles/service";
import { toSlug } from "@/lib/articles/slug";
import { type Actor, assertCan, canEditArticle } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { htmlToText } from "@/lib/html-text";
import { sanitizeArticleHtml } from "@/lib/sanitize";

/** The form fields an autosave keeps and gives back on restore (not id, kind or the version). */
const FORM_FIELDS = [
  "title",
  "slug",
  "excerpt",
  "body",
  "coverImageId",
  "coverCaption",
  "coverCredit",
  "categoryIds",
  "regionIds",
  "personIds",
  "tags",
  "isFeatured",
  "commentsOpen",
  "seoTitle",
  "seoDescription",
  "language",
  "scheduleAt",
] as const;
const LIST_FIELDS = new Set(["categoryIds", "regionIds", "personIds"]);

/** The editor form as the browser serialized it: every field's values, as FormData has them. */
export const AutosaveRequestSchema = z.object({
  values: z
    .record(z.string().max(64), z.array(z.string().max(1_000_000)).max(200))
    .refine((values) => Object.keys(values).length <= 60, "Too many fields."),
  /** The editor's key for one new article (crypto.randomUUID), sent while it has no id. */
  createKey: z
    .string()
    .regex(/^[\w-]{16,64}$/)
    .optional(),
});
type FormValues = Record<string, string[]>;

// An autosave keeps what the person typed even when it would not pass a save yet (no title).
const AutosaveInputSchema = ArticleInputSchema.extend({
  title: z.string().trim().max(300, "The title can be at most 300 characters.").default(""),
});

function toInput(values: FormValues) {
  const fields: Record<string, unknown> = { kind: values.kind?.[0] };
  for (const name of FORM_FIELDS) {
    fields[name] = LIST_FIELDS.has(name) ? (values[name] ?? []) : values[name]?.[0];
  }
  const parsed = AutosaveInputSchema.safeParse(fields);
  if (!parsed.success) {
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "The form is damaged.");
  }
  return parsed.data;
}

export type AutosaveResult =
  | { saved: true; savedAt: Date; articleId: string; createdUpdatedAt?: Date }
  | { saved: false; reason: "untitled" };

type Tx = Prisma.TransactionClient;
const CreatedSchema = z.object({ articleId: z.string(), createdUpdatedAt: z.string() });

/**
 * The article this editor's earlier autosave created with this key, if any. Called under a lock
 * on the key, so a request that waited for another one's create sees it here.
 */
async function findCreatedByKey(tx: Tx, editorId: string, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`article-autosave:${editorId}:${key}`}, 0))`;
  const [row] = await tx.$queryRaw<unknown[]>`
    SELECT "articleId", "meta"->>'autosaveCreatedAt' AS "createdUpdatedAt" FROM "ArticleRevision"
    WHERE "editorId" = ${editorId} AND "kind" = 'SAVE' AND "meta"->>'autosaveKey' = ${key}
    LIMIT 1`;
  const found = CreatedSchema.safeParse(row);
  return found.success ? found.data : null;
}

/**
 * Keeps the editor's one rolling autosave of an article: title, excerpt, sanitized text, the
 * snapshot of the other fields and the form itself (for restoring). It never changes the article.
 * A new article (no id, a `createKey`) is first created as a draft once it has a title, and only
 * once per key: a retry, a leaving tab's flush or a concurrent request finds that article again.
 * Needs article:create for a new one, else the right to edit the article (canEditArticle) in its
 * status.
 */
export async function autosaveArticle(
  actor: Actor,
  values: FormValues,
  options: { now?: Date; createKey?: string } = {},
): Promise<AutosaveResult> {
  const now = options.now ?? new Date();
  const input = toInput(values);
  const content = {
    title: input.title,
    excerpt: htmlToText(input.excerpt),
    body: sanitizeArticleHtml(input.body),
  };
  const form: FormValues = {};
  for (const name of FORM_FIELDS) if (values[name]) form[name] = values[name];
  form.body = [content.body];
  return getDb().$transaction(async (tx): Promise<AutosaveResult> => {
    let articleId = values.id?.[0]?.trim() ?? "";
    let expected = values.expectedUpdatedAt?.[0]?.trim() ?? "";
    let createdUpdatedAt: Date | undefined;
    if (!articleId) {
      assertCan(actor, "article:create");
      const key = options.createKey;
      if (!key) throw new AppError("INVALID", "The form is damaged; reload the page.");
      const created = await findCreatedByKey(tx, actor.id, key);
      if (!created) {
        if (!input.title) return { saved: false, reason: "untitled" };
        const article = await createArticleInTransaction(tx, actor, input, { intent: "save", now });
        const mark = { autosaveKey: key, autosaveCreatedAt: article.updatedAt.toISOString() };
        await tx.$executeRaw`
          UPDATE "ArticleRevision" SET "meta" = COALESCE("meta", '{}'::jsonb) || ${JSON.stringify(mark)}::jsonb
          WHERE "articleId" = ${article.id} AND "kind" = 'SAVE'`;
        return {
          saved: true,
          savedAt: now,
          articleId: article.id,
          createdUpdatedAt: article.updatedAt,
        };
      }
      // The reply to the create was lost: this is that article, as it was created.
      articleId = created.articleId;
      expected = created.createdUpdatedAt;
      createdUpdatedAt = new Date(created.createdUpdatedAt);
    }
    if (!expected) {
      throw new AppError(
        "CONFLICT",
        "The form does not say which version of this article it is based on, so it is no longer autosaved. Your text is still in the form: save it to compare.",
      );
    }
    // FOR SHARE: a save (FOR UPDATE) waits for this, and this for a save, so an autosave is
    // never stored on top of a version it was not based on.
    const [article] = await tx.$queryRaw<
      { authorId: string; status: ArticleStatus; updatedAt: Date }[]
    >`SELECT "authorId", "status", "updatedAt" FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
    if (!canEditArticle(actor, article.authorId)) {
      throw new AppError("FORBIDDEN", "You can only edit your own articles.");
    }
    assertMayEditStatus(actor, article.status);
    if (new Date(expected).getTime() !== article.updatedAt.getTime()) {
      throw new AppError(
        "CONFLICT",
        "Someone saved this article after you opened it, so it is no longer autosaved. Your text is still in the form: save it to compare.",
      );
    }
    const meta = {
      ...(await snapshotInputMeta(tx, input, toSlug(input.slug || input.title))),
      form,
    };
    await tx.$executeRaw`
      INSERT INTO "ArticleRevision"
        ("id", "articleId", "kind", "title", "excerpt", "body", "meta", "editorId", "createdAt")
      VALUES (${randomUUID()}, ${articleId}, 'AUTOSAVE'::"RevisionKind", ${content.title},
        ${content.excerpt}, ${content.body}, ${JSON.stringify(meta)}::jsonb, ${actor.id}, ${now})
      ON CONFLICT ("articleId", "editorId") WHERE "kind" = 'AUTOSAVE'
      DO UPDATE SET "title" = EXCLUDED."title", "excerpt" = EXCLUDED."excerpt",
        "body" = EXCLUDED."body", "meta" = EXCLUDED."meta", "createdAt" = EXCLUDED."createdAt"`;
    return { saved: true, savedAt: now, articleId, createdUpdatedAt };
  });
}

const StoredFormSchema = z.object({ form: z.record(z.string(), z.array(z.string())) });

/**
 * The editor's own autosave of the article when it is newer than the saved version and differs
 * from it, to offer back: its time and the form values. Needs the right to edit the article.
 */
export async function getNewerAutosave(
  actor: Actor,
  articleId: string,
): Promise<{ savedAt: Date; values: FormValues } | null> {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { authorId: true, updatedAt: true, title: true, excerpt: true, body: true },
  });
  if (!article || !canEditArticle(actor, article.authorId)) return null;
  const autosave = await db.articleRevision.findFirst({
    where: {
      articleId,
      editorId: actor.id,
      kind: "AUTOSAVE",
      createdAt: { gt: article.updatedAt },
    },
    select: { title: true, excerpt: true, body: true, meta: true, createdAt: true },
  });
  const stored = StoredFormSchema.safeParse(autosave?.meta);
  if (!autosave || !stored.success) return null;
  const sameText =
    autosave.title === article.title &&
    autosave.excerpt === article.excerpt &&
    autosave.body === article.body;
  const current = await db.$transaction((tx) => snapshotArticleMeta(tx, articleId));
  const sameFields =
    JSON.stringify(readRevisionMeta(autosave.meta)) === JSON.stringify(readRevisionMeta(current));
  if (sameText && sameFields) return null;
  return { savedAt: autosave.createdAt, values: stored.data.form };
}

/** Drops the editor's own autosave of an article (Discard). Needs only to be signed in. */
export async function discardAutosave(actor: Actor, articleId: string): Promise<void> {
  await getDb().articleRevision.deleteMany({
    where: { articleId, editorId: actor.id, kind: "AUTOSAVE" },
  });
}
