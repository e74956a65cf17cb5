import "server-only";
import { FieldError } from "@/lib/errors";
import { toSlug } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import { LANGUAGES } from "@/lib/i18n/languages";
import { getSiteSettings } from "@/lib/settings/queries";
import { TAXONOMY_LABELS, type TermInput, type TermUpdate } from "@/lib/taxonomy/schemas";

type Tx = Prisma.TransactionClient;

async function resolveTermSlug(
  tx: Tx,
  taxonomy: Taxonomy,
  input: { name: string; slug: string },
  exceptId?: string,
): Promise<string> {
  const slug = toSlug(input.slug || input.name);
  if (!slug) {
    throw new FieldError(
      "slug",
      input.slug
        ? `"${input.slug}" has no letters or digits to make a web address from.`
        : "The name has no letters or digits to make a web address from; type a slug.",
    );
  }
  const taken = await tx.term.findUnique({
    where: { taxonomy_slug: { taxonomy, slug } },
    select: { id: true, name: true },
  });
  if (taken && taken.id !== exceptId) {
    throw new FieldError(
      "slug",
      `The address "${slug}" is already used by the ${TAXONOMY_LABELS[taxonomy].one} "${taken.name}".`,
      "CONFLICT",
    );
  }
  return slug;
}

async function resolveParent(
  tx: Tx,
  taxonomy: Taxonomy,
  parentId: string | null,
  selfId?: string,
): Promise<string | null> {
  if (!parentId) return null;
  if (taxonomy !== "CATEGORY") throw new FieldError("parentId", "Only categories have parents.");
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 50; depth++) {
    if (cursor === selfId) {
      throw new FieldError("parentId", "A category cannot sit inside itself or its own children.");
    }
    const parent: { taxonomy: Taxonomy; parentId: string | null } | null = await tx.term.findUnique(
      {
        where: { id: cursor },
        select: { taxonomy: true, parentId: true },
      },
    );
    if (!parent || parent.taxonomy !== "CATEGORY") {
      throw new FieldError(
        "parentId",
        "The parent category has been deleted meanwhile. Pick another one.",
      );
    }
    cursor = parent.parentId;
  }
  return parentId;
}

/** Creates a category, tag or region. Needs term:manage. */
export async function createTerm(actor: Actor, input: TermInput): Promise<{ id: string }> {
  assertCan(actor, "term:manage");
  return getDb().$transaction(async (tx) => {
    const slug = await resolveTermSlug(tx, input.taxonomy, input);
    const parentId = await resolveParent(tx, input.taxonomy, input.parentId);
    const term = await tx.term.create({
      data: {
        taxonomy: input.taxonomy,
        name: input.name,
        slug,
        description: input.description,
        parentId,
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "term.create",
        targetType: "Term",
        targetId: term.id,
        summary: `Created the ${TAXONOMY_LABELS[input.taxonomy].one} "${input.name}"`,
      },
      tx,
    );
    return term;
  });
}

/** Renames, re-slugs, describes or moves a term. Needs term:manage. Returns the articles that show it. */
export async function updateTerm(
  actor: Actor,
  id: string,
  input: TermUpdate,
): Promise<{ articleIds: string[] }> {
  assertCan(actor, "term:manage");
  return getDb().$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id },
      select: { taxonomy: true, name: true, articles: { select: { id: true } } },
    });
    if (!term) throw new AppError("NOT_FOUND", "This term has been deleted meanwhile.");
    const slug = await resolveTermSlug(tx, term.taxonomy, input, id);
    const parentId = await resolveParent(tx, term.taxonomy, input.parentId, id);
    await tx.term.update({
      where: { id },
      data: { name: input.name, slug, description: input.description, parentId },
    });
    await recordAudit(
      actor,
      {
        action: "term.update",
        targetType: "Term",
        targetId: id,
        summary: `Updated the ${TAXONOMY_LABELS[term.taxonomy].one} "${input.name}"`,
        details: { previousName: term.name },
      },
      tx,
    );
    return { articleIds: term.articles.map((a) => a.id) };
  });
}

/**
 * Deletes a term; its articles simply lose it and its child categories move up to the top level.
 * Needs term:manage. Returns the articles that showed it.
 */
export async function deleteTerm(actor: Actor, id: string): Promise<{ articleIds: string[] }> {
  assertCan(actor, "term:manage");
  return getDb().$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id },
      select: { taxonomy: true, name: true, articles: { select: { id: true } } },
    });
    if (!term) throw new AppError("NOT_FOUND", "This term has already been deleted.");
    await tx.term.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: "term.delete",
        targetType: "Term",
        targetId: id,
        summary: `Deleted the ${TAXONOMY_LABELS[term.taxonomy].one} "${term.name}"`,
        details: { articles: term.articles.length },
      },
      tx,
    );
    return { articleIds: term.articles.map((a) => a.id) };
  });
}

/** Gives the source tag's articles the target tag, then deletes the source. Needs term:manage. */
export async function mergeTags(
  actor: Actor,
  sourceId: string,
  targetId: string,
): Promise<{ articleIds: string[] }> {
  assertCan(actor, "term:manage");
  if (sourceId === targetId) throw new FieldError("targetId", "Pick two different tags.");
  return getDb().$transaction(async (tx) => {
    const [source, target] = await Promise.all(
      [sourceId, targetId].map((id) =>
        tx.term.findUnique({
          where: { id },
          select: { id: true, taxonomy: true, name: true, articles: { select: { id: true } } },
        }),
      ),
    );
    if (!source || source.taxonomy !== "TAG") {
      throw new FieldError("sourceId", "The tag to merge away has been deleted meanwhile.");
    }
    if (!target || target.taxonomy !== "TAG") {
      throw new FieldError("targetId", "The tag to keep has been deleted meanwhile.");
    }
    for (const article of source.articles) {
      await tx.article.update({
        where: { id: article.id },
        data: { terms: { connect: { id: target.id } } },
        select: { id: true },
      });
    }
    await tx.term.delete({ where: { id: source.id } });
    await recordAudit(
      actor,
      {
        action: "term.merge",
        targetType: "Term",
        targetId: target.id,
        summary: `Merged the tag "${source.name}" into "${target.name}"`,
        details: { sourceId: source.id, articles: source.articles.length },
      },
      tx,
    );
    return { articleIds: source.articles.map((a) => a.id) };
  });
}

export type TermLabelsInput = Partial<
  Record<string, { name: string; slug: string; description: string }>
>;

/**
 * Sets a term's name, slug and description in the site's other languages (a blank name removes
 * that language's own label, so it shows the default one). Needs term:manage. Returns the
 * articles that show the term.
 */
export async function updateTermTranslations(
  actor: Actor,
  id: string,
  labels: TermLabelsInput,
): Promise<{ articleIds: string[] }> {
  assertCan(actor, "term:manage");
  const { languages, defaultLanguage } = await getSiteSettings();
  return getDb().$transaction(async (tx) => {
    const term = await tx.term.findUnique({
      where: { id },
      select: { taxonomy: true, name: true, articles: { select: { id: true } } },
    });
    if (!term) throw new AppError("NOT_FOUND", "This term has been deleted meanwhile.");
    const changed: string[] = [];
    for (const language of languages.filter((code) => code !== defaultLanguage)) {
      const label = labels[language];
      if (!label) continue;
      if (!label.name.trim()) {
        const removed = await tx.termTranslation.deleteMany({ where: { termId: id, language } });
        if (removed.count) changed.push(language);
        continue;
      }
      const slug = toSlug(label.slug || label.name);
      if (!slug) {
        throw new FieldError(`${language}.slug`, "The name has no letters or digits; type a slug.");
      }
      const taken = await tx.termTranslation.findUnique({
        where: { taxonomy_language_slug: { taxonomy: term.taxonomy, language, slug } },
        select: { termId: true, name: true },
      });
      if (taken && taken.termId !== id) {
        throw new FieldError(
          `${language}.slug`,
          `The address "${slug}" is already used in ${LANGUAGES[language].englishName} by the ${TAXONOMY_LABELS[term.taxonomy].one} "${taken.name}".`,
          "CONFLICT",
        );
      }
      const data = { name: label.name.trim(), slug, description: label.description.trim() };
      await tx.termTranslation.upsert({
        where: { termId_language: { termId: id, language } },
        create: { termId: id, taxonomy: term.taxonomy, language, ...data },
        update: data,
      });
      changed.push(language);
    }
    await recordAudit(
      actor,
      {
        action: "term.translate",
        targetType: "Term",
        targetId: id,
        summary: `Updated the names of the ${TAXONOMY_LABELS[term.taxonomy].one} "${term.name}" in other languages`,
        details: { languages: changed },
      },
      tx,
    );
    return { articleIds: term.articles.map((a) => a.id) };
  });
}
