import "server-only";
import { toSlug } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import type { TextsByLanguage } from "@/lib/people/record";
import type { PersonInput } from "@/lib/people/schemas";
import {
  changedParts,
  lockPerson,
  readPersonSnapshot,
  recordPersonRevision,
} from "@/lib/people/snapshot";
import { getSiteSettings } from "@/lib/settings/queries";

type Tx = Prisma.TransactionClient;

/**
 * The texts of the site's languages as typed (blank ones left out, so that language shows the
 * default's), with what is stored in languages the site no longer offers kept as it was.
 */
export function mergeTexts<T>(
  stored: Partial<Record<Lang, T>>,
  typed: Partial<Record<Lang, T>>,
  languages: readonly Lang[],
  isBlank: (value: T) => boolean,
): Partial<Record<Lang, T>> {
  const merged: Partial<Record<Lang, T>> = {};
  for (const [code, value] of Object.entries(stored) as [Lang, T][]) {
    if (!languages.includes(code)) merged[code] = value;
  }
  for (const code of languages) {
    const value = typed[code];
    if (value !== undefined && !isBlank(value)) merged[code] = value;
  }
  return merged;
}

async function personTexts(
  stored: { names: TextsByLanguage; bios: TextsByLanguage } | null,
  input: PersonInput,
) {
  const { languages, defaultLanguage } = await getSiteSettings();
  const blank = (text: string) => !text.trim();
  const names = mergeTexts(stored?.names ?? {}, input.names, languages, blank);
  const name = names[defaultLanguage];
  if (!name) {
    throw new FieldError(
      `names.${defaultLanguage}`,
      `Give the person's name in ${LANGUAGES[defaultLanguage].englishName}, the site's default language.`,
    );
  }
  const bios = mergeTexts(stored?.bios ?? {}, input.bios, languages, blank);
  return { names, bios, name };
}

async function resolvePersonSlug(tx: Tx, input: PersonInput, name: string, exceptId?: string) {
  const slug = toSlug(input.slug || name);
  if (!slug) {
    throw new FieldError(
      "slug",
      input.slug
        ? `"${input.slug}" has no letters or digits to make a web address from; type a slug such as "ales-bialiatski".`
        : "The name has no letters or digits to make a web address from; type a slug.",
    );
  }
  const taken = await tx.person.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw slugTaken(slug);
  return slug;
}

const slugTaken = (slug: string) =>
  new FieldError(
    "slug",
    `The address "${slug}" is already used by another person. Choose another slug.`,
    "CONFLICT",
  );

/** Checks that the status, regions, articles and photo picked still exist. */
async function checkLinks(tx: Tx, input: PersonInput): Promise<void> {
  const [status, regions, articles, photo] = await Promise.all([
    tx.personStatus.findUnique({ where: { id: input.statusId }, select: { id: true } }),
    tx.term.count({ where: { id: { in: input.regionIds }, taxonomy: "REGION" } }),
    tx.article.count({ where: { id: { in: input.articleIds } } }),
    input.photoId
      ? tx.media.findUnique({ where: { id: input.photoId }, select: { id: true } })
      : null,
  ]);
  if (!status) {
    throw new FieldError("statusId", "This status has been deleted meanwhile. Choose another one.");
  }
  if (regions !== new Set(input.regionIds).size) {
    throw new FieldError(
      "regionIds",
      "A region you ticked has been deleted meanwhile. Reload the page to see the current list.",
    );
  }
  if (articles !== new Set(input.articleIds).size) {
    throw new FieldError(
      "articleIds",
      "An article you ticked has been deleted meanwhile. Reload the page to see the current list.",
    );
  }
  if (input.photoId && !photo) {
    throw new FieldError(
      "photoId",
      "The photo has been deleted from the media library. Choose another one.",
    );
  }
}

function personData(
  input: PersonInput,
  texts: { names: TextsByLanguage; bios: TextsByLanguage },
  slug: string,
) {
  return {
    slug,
    names: texts.names,
    bios: texts.bios,
    spellings: input.spellings,
    photoId: input.photoId,
    photoCredit: input.photoCredit,
    birthYear: input.birthYear,
    birthMonth: input.birthMonth,
    birthDay: input.birthDay,
    showBirthday: input.showBirthday,
    statusId: input.statusId,
    charges: input.charges,
    published: input.published,
  };
}

/** A slug taken by a save committed meanwhile reads as the same field error. */
async function withSlugCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldError(
        "slug",
        "Another person was given this address a moment ago. Choose another slug.",
        "CONFLICT",
      );
    }
    throw error;
  }
}

const ids = (list: string[]) => list.map((id) => ({ id }));

/**
 * Adds a person, with their first revision and an audit entry. Needs person:manage. Returns the
 * articles now about them (their pages show the person).
 */
export async function createPerson(
  actor: Actor,
  input: PersonInput,
): Promise<{ id: string; articleIds: string[] }> {
  assertCan(actor, "person:manage");
  const texts = await personTexts(null, input);
  return withSlugCheck(() =>
    getDb().$transaction(async (tx) => {
      const slug = await resolvePersonSlug(tx, input, texts.name);
      await checkLinks(tx, input);
      const person = await tx.person.create({
        data: {
          ...personData(input, texts, slug),
          regions: { connect: ids(input.regionIds) },
          articles: { connect: ids(input.articleIds) },
        },
        select: { id: true },
      });
      await recordPersonRevision(tx, actor, person.id);
      await recordAudit(
        actor,
        {
          action: "person.create",
          targetType: "Person",
          targetId: person.id,
          summary: `Added the person "${texts.name}"`,
          details: { slug, published: input.published },
        },
        tx,
      );
      return { id: person.id, articleIds: [...new Set(input.articleIds)] };
    }),
  );
}

/**
 * Saves a person's record (not their timeline or addresses), with a revision and an audit entry.
 * Needs person:manage. Returns the articles linked or unlinked by this save.
 */
export async function updatePerson(
  actor: Actor,
  id: string,
  input: PersonInput,
): Promise<{ articleIds: string[] }> {
  assertCan(actor, "person:manage");
  const { defaultLanguage } = await getSiteSettings();
  return withSlugCheck(() =>
    getDb().$transaction(async (tx) => {
      await lockPerson(tx, id, defaultLanguage);
      const before = await readPersonSnapshot(tx, id);
      const texts = await personTexts(before, input);
      const slug = await resolvePersonSlug(tx, input, texts.name, id);
      await checkLinks(tx, input);
      await tx.person.update({
        where: { id },
        data: {
          ...personData(input, texts, slug),
          regions: { set: ids(input.regionIds) },
          articles: { set: ids(input.articleIds) },
        },
        select: { id: true },
      });
      const after = await recordPersonRevision(tx, actor, id);
      await recordAudit(
        actor,
        {
          action: "person.update",
          targetType: "Person",
          targetId: id,
          summary: `Updated the person "${texts.name}"`,
          details: { changed: changedParts(before, after) },
        },
        tx,
      );
      const beforeIds = new Set(before.articles.map((article) => article.id));
      const afterIds = new Set(input.articleIds);
      return {
        articleIds: [
          ...[...beforeIds].filter((articleId) => !afterIds.has(articleId)),
          ...[...afterIds].filter((articleId) => !beforeIds.has(articleId)),
        ],
      };
    }),
  );
}

/**
 * Deletes a person with their timeline, addresses and revisions; the audit entry keeps the last
 * snapshot. Needs person:manage. Returns the articles that were about them.
 */
export async function deletePerson(actor: Actor, id: string): Promise<{ articleIds: string[] }> {
  assertCan(actor, "person:manage");
  const { defaultLanguage } = await getSiteSettings();
  return getDb().$transaction(async (tx) => {
    const name = await lockPerson(tx, id, defaultLanguage);
    const snapshot = await readPersonSnapshot(tx, id);
    await tx.person.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: "person.delete",
        targetType: "Person",
        targetId: id,
        summary: `Deleted the person "${name}"`,
        details: { snapshot: snapshot as Prisma.InputJsonObject },
      },
      tx,
    );
    return { articleIds: snapshot.articles.map((article) => article.id) };
  });
}
