import "server-only";
import { randomUUID } from "node:crypto";
import { visibleTo } from "@/lib/articles/admin-queries";
import { toSlug } from "@/lib/articles/slug";
import { articleLang } from "@/lib/articles/view";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { LANGUAGES, type Lang, isLang } from "@/lib/i18n/languages";
import { getSiteSettings } from "@/lib/settings/queries";

type Tx = Prisma.TransactionClient;

/** An article must be written in one of the site's languages. */
export async function checkLanguage(language: string): Promise<void> {
  const { languages } = await getSiteSettings();
  if (!isLang(language) || !languages.includes(language)) {
    throw new FieldError("language", "Choose one of the site's languages.");
  }
}

/** A translation group holds one article per language. */
export async function checkGroupLanguage(
  tx: Tx,
  groupId: string | null,
  language: string,
  exceptId: string,
): Promise<void> {
  if (!groupId) return;
  const other = await tx.article.findFirst({
    where: { translationGroupId: groupId, language, id: { not: exceptId } },
    select: { id: true },
  });
  if (other) {
    throw new FieldError(
      "language",
      `This article's translations already include a ${isLang(language) ? LANGUAGES[language].englishName : language} version. Choose another language.`,
      "CONFLICT",
    );
  }
}

/**
 * What a save records for translations: when the text (title, excerpt, body) changed, and for a
 * translation, which version of its source it now follows.
 */
export async function translationStamps(
  tx: Tx,
  before: { title: string; excerpt: string; body: string; translatedFromId: string | null },
  after: { title: string; excerpt: string; body: string },
  now: Date,
): Promise<{ contentChangedAt?: Date; sourceSeenAt?: Date }> {
  const changed =
    before.title !== after.title || before.excerpt !== after.excerpt || before.body !== after.body;
  const source = before.translatedFromId
    ? await tx.article.findUnique({
        where: { id: before.translatedFromId },
        select: { contentChangedAt: true },
      })
    : null;
  return {
    ...(changed ? { contentChangedAt: now } : {}),
    ...(source ? { sourceSeenAt: source.contentChangedAt } : {}),
  };
}

export type TranslationMember = {
  id: string;
  language: Lang;
  title: string;
  status: ArticleStatus;
  /** This translation was made from the article the editor has open. */
  isTranslationOfThis: boolean;
  /** The article the editor has open was made from this one. */
  isSourceOfThis: boolean;
  /** The source's text changed after this translation was last saved. */
  sourceChanged: boolean;
  /** The editor may open it (authors see only their own). */
  canOpen: boolean;
};

/**
 * The translation group of an article for the editor: every language's version with its status,
 * whether its source changed since it was last saved, and which site languages have none yet.
 */
export async function getTranslationGroup(
  actor: Actor,
  articleId: string,
): Promise<{ members: TranslationMember[]; missing: Lang[] }> {
  assertCan(actor, "article:create");
  const db = getDb();
  const article = await db.article.findFirst({
    where: { id: articleId, ...visibleTo(actor) },
    select: { id: true, language: true, translationGroupId: true, translatedFromId: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  const rows = article.translationGroupId
    ? await db.article.findMany({
        // Trashed versions too: their language is taken until they are deleted for good, and
        // the editor shows where to restore them.
        where: { translationGroupId: article.translationGroupId },
        select: {
          id: true,
          language: true,
          title: true,
          status: true,
          authorId: true,
          translatedFromId: true,
          sourceSeenAt: true,
          translatedFrom: { select: { contentChangedAt: true } },
        },
      })
    : [];
  const visible = new Set(
    (
      await db.article.findMany({
        where: { id: { in: rows.map((row) => row.id) }, ...visibleTo(actor) },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const members = rows.map((row) => ({
    id: row.id,
    language: articleLang(row.language),
    // An author sees that a version exists and its status, not the title of others' work.
    title: visible.has(row.id) ? row.title : "",
    status: row.status,
    isTranslationOfThis: row.translatedFromId === article.id,
    isSourceOfThis: article.translatedFromId === row.id,
    sourceChanged:
      !!row.translatedFrom &&
      !!row.sourceSeenAt &&
      row.translatedFrom.contentChangedAt.getTime() > row.sourceSeenAt.getTime(),
    canOpen: visible.has(row.id),
  }));
  const { languages } = await getSiteSettings();
  const present = new Set([article.language, ...members.map((member) => member.language)]);
  return { members, missing: languages.filter((lang) => !present.has(lang)) };
}

/**
 * Creates a draft translation of an article into `language`, prefilled from it (title, excerpt,
 * body, terms, cover, SEO fields), in the same translation group, marked as following the
 * source's current text. Needs article:create and the right to see the source.
 */
export async function createTranslation(
  actor: Actor,
  sourceId: string,
  language: string,
): Promise<{ id: string }> {
  assertCan(actor, "article:create");
  await checkLanguage(language);
  return getDb().$transaction(async (tx) => {
    // Two translations of one article started at once (two tabs, two languages) wait for each
    // other here, so the second sees the group the first made.
    await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${sourceId} FOR UPDATE`;
    const source = await tx.article.findFirst({
      where: { id: sourceId, ...visibleTo(actor), status: { not: "TRASH" } },
      select: {
        id: true,
        kind: true,
        slug: true,
        title: true,
        excerpt: true,
        body: true,
        language: true,
        coverImageId: true,
        coverCaption: true,
        coverCredit: true,
        commentsOpen: true,
        seoTitle: true,
        seoDescription: true,
        contentChangedAt: true,
        translationGroupId: true,
        terms: { select: { id: true } },
      },
    });
    if (!source) throw new AppError("NOT_FOUND", "The article to translate no longer exists.");
    if (source.language === language) {
      throw new FieldError("language", "Choose a language other than the article's own.");
    }
    const groupId = source.translationGroupId ?? randomUUID();
    if (!source.translationGroupId) {
      await tx.article.update({ where: { id: source.id }, data: { translationGroupId: groupId } });
    }
    await checkGroupLanguage(tx, groupId, language, source.id);
    const slug = await freeSlug(tx, source.kind, language, source.slug);
    const title = source.title;
    const created = await tx.article.create({
      data: {
        kind: source.kind,
        slug,
        language,
        title,
        excerpt: source.excerpt,
        body: source.body,
        coverImageId: source.coverImageId,
        coverCaption: source.coverCaption,
        coverCredit: source.coverCredit,
        commentsOpen: source.commentsOpen,
        seoTitle: source.seoTitle,
        seoDescription: source.seoDescription,
        status: "DRAFT",
        authorId: actor.id,
        translationGroupId: groupId,
        translatedFromId: source.id,
        sourceSeenAt: source.contentChangedAt,
        terms: { connect: source.terms },
        revisions: {
          create: { title, excerpt: source.excerpt, body: source.body, editorId: actor.id },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "article.translate",
        targetType: "Article",
        targetId: created.id,
        summary: `Started a ${LANGUAGES[language as Lang].englishName} translation of "${title}"`,
        details: { sourceId: source.id, language },
      },
      tx,
    );
    return created;
  });
}

/** The source's slug when it is free in the new language, else with -2, -3 … added. */
async function freeSlug(tx: Tx, kind: "POST" | "PAGE", language: string, base: string) {
  const stem = toSlug(base) || "translation";
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? stem : `${stem}-${n}`;
    const taken = await tx.article.findUnique({
      where: { kind_language_slug: { kind, language, slug } },
      select: { id: true },
    });
    if (!taken) return slug;
  }
  return `${stem}-${randomUUID().slice(0, 8)}`;
}
