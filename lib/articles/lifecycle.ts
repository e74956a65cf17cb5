import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { isPublic } from "@/lib/articles/publication";
import { AppError } from "@/lib/errors";

export type TrashResult = { ids: string[]; publicIds: string[] };

/**
 * Moves articles to the trash (readers no longer see them). Needs article:trash. Returns the ids
 * moved, and those of them readers could see (their pages need revalidating).
 */
export async function trashArticles(actor: Actor, ids: string[]): Promise<TrashResult> {
  assertCan(actor, "article:trash");
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const articles = await tx.article.findMany({
      where: { id: { in: ids }, status: { not: "TRASH" } },
      select: { id: true, title: true, status: true, publishedAt: true },
    });
    if (articles.length === 0) return { ids: [], publicIds: [] };
    await tx.article.updateMany({
      where: { id: { in: articles.map((a) => a.id) } },
      data: { status: "TRASH" },
    });
    for (const article of articles) {
      await recordAudit(
        actor,
        {
          action: "article.trash",
          targetType: "Article",
          targetId: article.id,
          summary: `Moved "${article.title}" to the trash`,
          details: { previousStatus: article.status },
        },
        tx,
      );
    }
    return {
      ids: articles.map((a) => a.id),
      publicIds: articles.filter((a) => isPublic(a, now)).map((a) => a.id),
    };
  });
}

/** Takes articles out of the trash as drafts (never straight back to readers). Needs article:trash. */
export async function restoreArticles(actor: Actor, ids: string[]): Promise<string[]> {
  assertCan(actor, "article:trash");
  return getDb().$transaction(async (tx) => {
    const articles = await tx.article.findMany({
      where: { id: { in: ids }, status: "TRASH" },
      select: { id: true, title: true },
    });
    if (articles.length === 0) return [];
    await tx.article.updateMany({
      where: { id: { in: articles.map((a) => a.id) } },
      data: { status: "DRAFT", publishedAt: null },
    });
    for (const article of articles) {
      await recordAudit(
        actor,
        {
          action: "article.restore",
          targetType: "Article",
          targetId: article.id,
          summary: `Restored "${article.title}" from the trash as a draft`,
        },
        tx,
      );
    }
    return articles.map((a) => a.id);
  });
}

/** Deletes a trashed article for good, with its revisions and comments. Needs article:purge. */
export async function purgeArticle(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "article:purge");
  await getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id },
      select: { id: true, title: true, status: true, kind: true, slug: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
    if (article.status !== "TRASH") {
      throw new AppError(
        "INVALID",
        "Move the article to the trash before deleting it permanently.",
      );
    }
    await tx.article.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: "article.delete",
        targetType: "Article",
        targetId: id,
        summary: `Deleted "${article.title}" permanently`,
        details: { kind: article.kind, slug: article.slug },
      },
      tx,
    );
  });
}
