import "server-only";
import { isPublic } from "@/lib/articles/publication";
import { CONFLICT_AUDIT_ACTION } from "@/lib/articles/service";
import { type Actor, can, canEditArticle } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  type DiffPart,
  type FieldsComparison,
  compareFields,
  diffText,
  revisionText,
} from "@/lib/articles/revision-compare";
import { readRevisionMeta, recordSaveRevision } from "@/lib/articles/revision-meta";

export type RevisionListItem = {
  id: string;
  title: string;
  createdAt: Date;
  editorName: string | null;
  isConflictingSave: boolean;
  isCurrent: boolean;
};

async function requireEditableArticle(actor: Actor, articleId: string) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      excerpt: true,
      body: true,
      authorId: true,
      status: true,
      kind: true,
      updatedAt: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(actor, article.authorId)) {
    throw new AppError("FORBIDDEN", "You can only see the history of your own articles.");
  }
  return article;
}

/** Every revision of an article, newest first, with who saved it. Needs the right to edit it. */
export async function listRevisions(actor: Actor, articleId: string): Promise<RevisionListItem[]> {
  const article = await requireEditableArticle(actor, articleId);
  const db = getDb();
  // Autosaves are the editors' unsaved work, not part of the history.
  const revisions = await db.articleRevision.findMany({
    where: { articleId, kind: "SAVE" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      excerpt: true,
      body: true,
      createdAt: true,
      editor: { select: { name: true } },
    },
  });
  const conflicts = await db.auditLog.findMany({
    where: { action: CONFLICT_AUDIT_ACTION, targetId: { in: revisions.map((r) => r.id) } },
    select: { targetId: true },
  });
  const conflictIds = new Set(conflicts.map((c) => c.targetId));
  const current = revisions.find((r) => !conflictIds.has(r.id));
  return revisions.map((r) => ({
    id: r.id,
    title: r.title,
    createdAt: r.createdAt,
    editorName: r.editor?.name ?? null,
    isConflictingSave: conflictIds.has(r.id),
    isCurrent:
      r.id === current?.id &&
      r.title === article.title &&
      r.excerpt === article.excerpt &&
      r.body === article.body,
  }));
}

type RevisionComparison = {
  from: { id: string; createdAt: Date; editorName: string | null };
  to: { id: string; createdAt: Date; editorName: string | null };
  title: DiffPart[];
  excerpt: DiffPart[];
  body: DiffPart[];
  fields: FieldsComparison;
};

/** Compares two saved revisions of one article, every field. Needs the right to edit it. */
export async function compareRevisions(
  actor: Actor,
  articleId: string,
  fromId: string,
  toId: string,
): Promise<RevisionComparison> {
  await requireEditableArticle(actor, articleId);
  const revisions = await getDb().articleRevision.findMany({
    where: { articleId, kind: "SAVE", id: { in: [fromId, toId] } },
    select: {
      id: true,
      title: true,
      excerpt: true,
      body: true,
      meta: true,
      createdAt: true,
      editor: { select: { name: true } },
    },
  });
  const from = revisions.find((r) => r.id === fromId);
  const to = revisions.find((r) => r.id === toId);
  if (!from || !to) throw new AppError("NOT_FOUND", "One of these revisions no longer exists.");
  const side = (r: typeof from) => ({
    id: r.id,
    createdAt: r.createdAt,
    editorName: r.editor?.name ?? null,
  });
  return {
    from: side(from),
    to: side(to),
    title: diffText(from.title, to.title),
    excerpt: diffText(from.excerpt, to.excerpt),
    body: diffText(revisionText(from.body), revisionText(to.body)),
    fields: await compareFields(readRevisionMeta(from.meta), readRevisionMeta(to.meta)),
  };
}

/**
 * Puts a revision's title, excerpt and text back on the article and records that as a new
 * revision. Needs the right to edit the article (and article:publish when it is live).
 */
export async function restoreRevision(
  actor: Actor,
  articleId: string,
  revisionId: string,
): Promise<{ id: string; updatedAt: Date; isPublic: boolean }> {
  return getDb().$transaction(async (tx) => {
    // Locked and checked in the write's own transaction: a publication committed meanwhile is
    // seen here, so an author can never restore text into an article that just went live.
    const [article] = await tx.$queryRaw<
      { authorId: string; status: string; title: string; excerpt: string; body: string }[]
    >`
      SELECT "authorId", "status"::text AS "status", "title", "excerpt", "body"
      FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
    if (!canEditArticle(actor, article.authorId)) {
      throw new AppError("FORBIDDEN", "You can only edit your own articles.");
    }
    if (article.status === "TRASH") {
      throw new AppError("INVALID", "This article is in the trash. Restore it before editing.");
    }
    if (
      (article.status === "PUBLISHED" || article.status === "SCHEDULED") &&
      !can(actor, "article:publish")
    ) {
      throw new AppError(
        "FORBIDDEN",
        "This article is published or scheduled; only an editor can change it now.",
      );
    }
    const revision = await tx.articleRevision.findFirst({
      where: { id: revisionId, articleId, kind: "SAVE" },
      select: { title: true, excerpt: true, body: true, createdAt: true },
    });
    if (!revision) throw new AppError("NOT_FOUND", "This revision no longer exists.");
    const content = { title: revision.title, excerpt: revision.excerpt, body: revision.body };
    // Other text than before: translations made from this article are flagged as behind it.
    const changed =
      content.title !== article.title ||
      content.excerpt !== article.excerpt ||
      content.body !== article.body;
    const saved = await tx.article.update({
      where: { id: articleId },
      data: {
        ...content,
        ...(changed ? { contentChangedAt: new Date() } : {}),
      },
      select: { id: true, updatedAt: true, status: true, publishedAt: true },
    });
    await recordSaveRevision(tx, articleId, actor.id, content);
    return { id: saved.id, updatedAt: saved.updatedAt, isPublic: isPublic(saved, new Date()) };
  });
}
