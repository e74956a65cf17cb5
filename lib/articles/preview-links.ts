import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { type Actor, canEditArticle } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import {
  type CreatePreviewLinkInput,
  PREVIEW_EXPIRIES,
  PREVIEW_TOKEN,
} from "@/lib/articles/preview-links-schemas";
import { type ArticleViewData, articleViewSelect, toArticleView } from "@/lib/articles/view";
import { AppError } from "@/lib/errors";

// A shared preview is a bearer secret: the link carries 32 random bytes, the database keeps only
// their SHA-256, so a copy of the database (a backup, a leak) opens no preview.

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The article a preview link belongs to, once the actor is known to be allowed to edit it. */
async function requireEditableArticle(actor: Actor, articleId: string) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, authorId: true, status: true, language: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(actor, article.authorId)) {
    throw new AppError("FORBIDDEN", "You can only share previews of articles you may edit.");
  }
  return article;
}

export type CreatedPreviewLink = {
  id: string;
  /** Shown once; never stored. */
  token: string;
  expiresAt: Date;
  language: string;
};

/**
 * Creates an expiring link that opens the article's preview without signing in. Needs the right
 * to edit the article (article:editAny, or article:editOwn for one's own). Audited.
 */
export async function createPreviewLink(
  actor: Actor,
  input: CreatePreviewLinkInput,
  now = new Date(),
): Promise<CreatedPreviewLink> {
  const article = await requireEditableArticle(actor, input.articleId);
  if (article.status === "TRASH") {
    throw new AppError("CONFLICT", "This article is in the trash: restore it to share a preview.");
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PREVIEW_EXPIRIES[input.expiresIn]);
  return getDb().$transaction(async (tx) => {
    const link = await tx.previewLink.create({
      data: {
        articleId: article.id,
        tokenHash: hashToken(token),
        label: input.label,
        createdById: actor.id,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "article.preview_link_create",
        targetType: "Article",
        targetId: article.id,
        summary: `Shared a preview of "${article.title}" until ${expiresAt.toISOString()}`,
        details: { linkId: link.id, label: input.label, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
    return { id: link.id, token, expiresAt, language: article.language };
  });
}

export type PreviewLinkStatus = "active" | "expired" | "revoked";

export type PreviewLinkRow = {
  id: string;
  label: string;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: PreviewLinkStatus;
};

/** The article's preview links, newest first. Needs the right to edit the article. */
export async function listPreviewLinks(
  actor: Actor,
  articleId: string,
  now = new Date(),
): Promise<PreviewLinkRow[]> {
  await requireEditableArticle(actor, articleId);
  const links = await getDb().previewLink.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return links.map(({ createdBy, ...link }) => ({
    ...link,
    createdBy: createdBy?.name ?? null,
    status: link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "active",
  }));
}

/**
 * Closes a preview link at once (it answers "not found" from then on). Needs the right to edit
 * the article. Audited; revoking a link already revoked changes nothing.
 */
export async function revokePreviewLink(
  actor: Actor,
  { articleId, linkId }: { articleId: string; linkId: string },
): Promise<void> {
  const article = await requireEditableArticle(actor, articleId);
  await getDb().$transaction(async (tx) => {
    const link = await tx.previewLink.findFirst({
      where: { id: linkId, articleId: article.id },
      select: { id: true, label: true, revokedAt: true },
    });
    if (!link) throw new AppError("NOT_FOUND", "This preview link no longer exists.");
    if (link.revokedAt) return;
    await tx.previewLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    await recordAudit(
      actor,
      {
        action: "article.preview_link_revoke",
        targetType: "Article",
        targetId: article.id,
        summary: `Revoked a preview link of "${article.title}"`,
        details: { linkId: link.id, label: link.label },
      },
      tx,
    );
  });
}

export type ResolvedPreview = { article: ArticleViewData; authorId: string };

/**
 * The article a shared preview token opens, or null when the token is unknown, expired or
 * revoked, or the article is in the trash. No permission: the token is the permission. Records
 * when the link was last used.
 */
export async function resolvePreviewLink(
  token: string,
  now = new Date(),
): Promise<ResolvedPreview | null> {
  if (!PREVIEW_TOKEN.test(token)) return null;
  const link = await getDb().previewLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      article: { select: { ...articleViewSelect, authorId: true } },
    },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || link.article.status === "TRASH") {
    return null;
  }
  await getDb().previewLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
  return { article: toArticleView(link.article), authorId: link.article.authorId };
}

/**
 * The language a staff preview's page chrome is in: the article's, for staff who may edit it;
 * null otherwise (the page itself refuses them). Needs the right to edit the article.
 */
export async function getPreviewLanguage(actor: Actor | null, articleId: string) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: { language: true, authorId: true },
  });
  return article && canEditArticle(actor, article.authorId) ? article.language : null;
}
