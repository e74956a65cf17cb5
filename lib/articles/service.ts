import "server-only";
import { FieldError } from "@/lib/errors";
import { type ArticleInput, type SaveIntent } from "@/lib/articles/schemas";
import { slugProblem, toSlug } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan, canEditArticle } from "@/lib/auth/permissions";
import {
  assertMayEditStatus,
  isPublic,
  nextPublication,
  recordPublicationAudit,
} from "@/lib/articles/publication";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, ArticleStatus } from "@/lib/generated/prisma/enums";
import { htmlToText } from "@/lib/html-text";
import { sanitizeArticleHtml } from "@/lib/sanitize";
import { checkGroupLanguage, checkLanguage, translationStamps } from "@/lib/articles/translations";
import { checkCover, linksDiffer, resolvePeople, resolveTerms } from "@/lib/articles/links";
import { recordSaveRevision, snapshotInputMeta } from "@/lib/articles/revision-meta";

type Tx = Prisma.TransactionClient;

export type SaveArticleOptions = {
  /** Which button was pressed; "save" keeps the status (a new article starts as a draft). */
  intent?: SaveIntent;
  /** For "schedule": when the article goes live. */
  scheduleAt?: Date | null;
  /**
   * The article's updatedAt when the editor opened it; a later save by someone else is a conflict.
   * Null when the form names the article but not its version (a new article its first autosave
   * created): checked against the article as created, so any save since then is a conflict.
   */
  expectedUpdatedAt?: Date | null;
  now?: Date;
};

export type SavedArticle = {
  id: string;
  kind: ArticleKind;
  slug: string;
  status: ArticleStatus;
  updatedAt: Date;
  /** True when readers saw it before or see it now: public pages need revalidating. */
  publicChanged: boolean;
  /** True when categories, tags or regions of a public article changed (archives too). */
  termsChanged: boolean;
  /** True when the people it is about changed (their pages list it). */
  peopleChanged: boolean;
};

/** Thrown when someone else saved the article after the editor opened it; both versions are kept. */
export class ArticleConflictError extends AppError {
  constructor(
    readonly articleId: string,
    readonly conflictingRevisionId: string,
    readonly theirUpdatedAt: Date,
    readonly theirEditor: string | null,
  ) {
    super(
      "CONFLICT",
      `${theirEditor ?? "Someone else"} saved this article after you opened it. Your text was not saved over theirs: it is still in the form and kept as a "conflicting save" revision. Compare it with their version, then save again.`,
    );
  }
}

export const CONFLICT_AUDIT_ACTION = "article.conflicting_save";

/** Cleans what a person typed: body through the allowlist, excerpt as plain text. */
function cleanArticleContent(input: Pick<ArticleInput, "title" | "excerpt" | "body">) {
  return {
    title: input.title.trim(),
    excerpt: htmlToText(input.excerpt),
    body: sanitizeArticleHtml(input.body),
  };
}

async function resolveSlug(
  tx: Tx,
  kind: ArticleKind,
  input: ArticleInput,
  exceptId?: string,
): Promise<string> {
  await checkLanguage(input.language);
  const slug = toSlug(input.slug || input.title);
  const problem = slugProblem(kind, slug);
  if (problem) {
    const message = slug
      ? problem
      : input.slug
        ? `"${input.slug}" has no letters or digits to make a web address from; type a slug such as "free-ales".`
        : "The title has no letters or digits to make a web address from; type a slug.";
    throw new FieldError("slug", message);
  }
  const taken = await tx.article.findUnique({
    where: { kind_language_slug: { kind, language: input.language, slug } },
    select: { id: true },
  });
  if (taken && taken.id !== exceptId) {
    // Named by its address only: the other article may be one this person may not open.
    throw new FieldError(
      "slug",
      `The address "${slug}" is already used by another ${kind === "PAGE" ? "page" : "article"}. Choose another slug.`,
      "CONFLICT",
    );
  }
  return slug;
}

async function findConflictEditor(tx: Tx, articleId: string): Promise<string | null> {
  const latest = await tx.articleRevision.findFirst({
    where: { articleId, kind: "SAVE" },
    orderBy: { createdAt: "desc" },
    select: { editor: { select: { name: true } } },
  });
  return latest?.editor?.name ?? null;
}

/**
 * Creates an article (a draft unless the intent says otherwise) with its first revision, inside
 * the caller's transaction: the autosave holds a lock there while it creates. Needs article:create.
 */
export async function createArticleInTransaction(
  tx: Tx,
  actor: Actor,
  input: ArticleInput,
  options: SaveArticleOptions = {},
): Promise<SavedArticle> {
  assertCan(actor, "article:create");
  const now = options.now ?? new Date();
  const content = cleanArticleContent(input);
  const publication = nextPublication(actor, null, options, now);
  const slug = await resolveSlug(tx, input.kind, input);
  const terms = await resolveTerms(tx, input);
  const people = (await resolvePeople(tx, input.personIds)) ?? [];
  await checkCover(tx, input.coverImageId);
  const article = await tx.article.create({
    data: {
      ...articleData(input, content, slug),
      kind: input.kind,
      ...publication,
      authorId: actor.id,
      terms: { connect: terms },
      people: { connect: people },
    },
    select: { id: true, kind: true, slug: true, status: true, updatedAt: true },
  });
  await recordSaveRevision(tx, article.id, actor.id, content);
  await recordPublicationAudit(tx, actor, article.id, content.title, null, publication);
  const publicChanged = isPublic(publication, now);
  return {
    ...article,
    publicChanged,
    termsChanged: publicChanged && terms.length > 0,
    peopleChanged: people.length > 0,
  };
}

/**
 * Creates (no `id`) or updates an article, writing a revision in the same transaction, and applies
 * the workflow intent. Needs article:create for new ones, the right to edit the article
 * (canEditArticle) for existing ones, and article:publish for publish, schedule and unpublish.
 */
export async function saveArticle(
  actor: Actor,
  id: string | undefined,
  input: ArticleInput,
  options: SaveArticleOptions = {},
): Promise<SavedArticle> {
  const now = options.now ?? new Date();
  const content = cleanArticleContent(input);
  const db = getDb();

  if (!id) {
    assertCan(actor, "article:create");
    return db.$transaction((tx) =>
      createArticleInTransaction(tx, actor, input, { ...options, now }),
    );
  }

  let conflict: ArticleConflictError | null = null;
  const saved = await db.$transaction(async (tx): Promise<SavedArticle | null> => {
    const rows = await tx.$queryRaw<
      {
        authorId: string;
        status: ArticleStatus;
        publishedAt: Date | null;
        updatedAt: Date;
        createdAt: Date;
        kind: ArticleKind;
      }[]
    >`SELECT "authorId", "status", "publishedAt", "updatedAt", "createdAt", "kind" FROM "Article" WHERE "id" = ${id} FOR UPDATE`;
    const current = rows[0];
    if (!current) {
      throw new AppError("NOT_FOUND", "This article no longer exists; it may have been deleted.");
    }
    if (!canEditArticle(actor, current.authorId)) {
      throw new AppError("FORBIDDEN", "You can only edit your own articles.");
    }
    assertMayEditStatus(actor, current.status);
    const expected =
      options.expectedUpdatedAt === null ? current.createdAt : options.expectedUpdatedAt;
    if (expected && current.updatedAt.getTime() !== expected.getTime()) {
      // Returned rather than thrown, so the transaction commits the attempted text as a revision.
      const theirEditor = await findConflictEditor(tx, id);
      const meta = await snapshotInputMeta(tx, input, toSlug(input.slug || input.title));
      const revision = await tx.articleRevision.create({
        data: { articleId: id, ...content, editorId: actor.id, meta },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: CONFLICT_AUDIT_ACTION,
          targetType: "ArticleRevision",
          targetId: revision.id,
          summary: `Conflicting save of "${content.title}" kept as a revision`,
          details: { articleId: id },
        },
        tx,
      );
      conflict = new ArticleConflictError(id, revision.id, current.updatedAt, theirEditor);
      return null;
    }
    const publication = nextPublication(actor, current, options, now);
    const before = await tx.article.findUniqueOrThrow({
      where: { id },
      select: {
        terms: { select: { id: true } },
        people: { select: { id: true } },
        title: true,
        excerpt: true,
        body: true,
        translationGroupId: true,
        translatedFromId: true,
      },
    });
    await checkGroupLanguage(tx, before.translationGroupId, input.language, id);
    const slug = await resolveSlug(tx, current.kind, input, id);
    const terms = await resolveTerms(tx, input);
    const people = await resolvePeople(tx, input.personIds);
    await checkCover(tx, input.coverImageId);
    const article = await tx.article.update({
      where: { id },
      data: {
        ...articleData(input, content, slug),
        ...publication,
        ...(await translationStamps(tx, before, content, now)),
        terms: { set: terms },
        ...(people ? { people: { set: people } } : {}),
      },
      select: { id: true, kind: true, slug: true, status: true, updatedAt: true },
    });
    await recordSaveRevision(tx, id, actor.id, content);
    await recordPublicationAudit(tx, actor, id, content.title, current, publication);
    const publicChanged = isPublic(current, now) || isPublic(publication, now);
    return {
      ...article,
      publicChanged,
      termsChanged: publicChanged && linksDiffer(before.terms, terms),
      peopleChanged: !!people && linksDiffer(before.people, people),
    };
  });
  if (conflict || !saved) throw conflict ?? new AppError("CONFLICT", "The article was not saved.");
  return saved;
}

function articleData(
  input: ArticleInput,
  content: ReturnType<typeof cleanArticleContent>,
  slug: string,
) {
  return {
    ...content,
    slug,
    coverImageId: input.coverImageId,
    coverCaption: input.coverCaption,
    coverCredit: input.coverCredit,
    isFeatured: input.isFeatured,
    commentsOpen: input.commentsOpen,
    seoTitle: input.seoTitle,
    seoDescription: htmlToText(input.seoDescription),
    language: input.language,
  };
}
