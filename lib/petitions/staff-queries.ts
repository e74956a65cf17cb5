import "server-only";
import { formatLocalDateTime } from "@/lib/articles/schemas";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isoDate, readTexts, textIn } from "@/lib/people/record";
import { petitionTextIn, readPetitionTexts } from "@/lib/petitions/record";
import { PETITION_SETTINGS_KEY, readPetitionSettings } from "@/lib/petitions/settings";
import { getSiteSettings } from "@/lib/settings/queries";
import { orderAsTree } from "@/lib/taxonomy/queries";

const PENDING = { signatures: { where: { status: "PENDING" as const } } };

/** Every petition, newest first, with its counts. Needs petition:manage. */
export async function listPetitionsForAdmin(actor: Actor) {
  assertCan(actor, "petition:manage");
  const [rows, { defaultLanguage }] = await Promise.all([
    getDb().petition.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        slug: true,
        status: true,
        texts: true,
        goal: true,
        signatureCount: true,
        endsAt: true,
        dataDeletedAt: true,
        _count: { select: PENDING },
      },
    }),
    getSiteSettings(),
  ]);
  return rows.map(({ _count, texts, ...row }) => ({
    ...row,
    title:
      petitionTextIn(readPetitionTexts(texts), defaultLanguage, defaultLanguage).title || row.slug,
    pending: _count.signatures,
  }));
}

/** Everything the edit page shows of one petition, or NOT_FOUND. Needs petition:manage. */
export async function getPetitionForEdit(actor: Actor, id: string) {
  assertCan(actor, "petition:manage");
  const db = getDb();
  const [row, stored, { defaultLanguage, timeZone }] = await Promise.all([
    db.petition.findUnique({
      where: { id },
      include: {
        people: { select: { id: true } },
        terms: { select: { id: true } },
        _count: { select: PENDING },
      },
    }),
    db.petitionSignature.count({ where: { petitionId: id, status: "CONFIRMED" } }),
    getSiteSettings(),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "This petition no longer exists.");
  const texts = readPetitionTexts(row.texts);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    signerDisplay: row.signerDisplay,
    texts,
    title: petitionTextIn(texts, defaultLanguage, defaultLanguage).title || row.slug,
    goal: row.goal,
    /** As the form's `datetime-local` field shows it, in the site's time zone. */
    endsAt: row.endsAt ? formatLocalDateTime(row.endsAt, timeZone) : "",
    hashtag: row.hashtag,
    closedAt: row.closedAt,
    deliveredOn: row.deliveredAt ? isoDate(row.deliveredAt) : "",
    signatureCount: row.signatureCount,
    pending: row._count.signatures,
    /** Confirmed signatures still stored (an export has this many rows). */
    storedSignatures: stored,
    dataDeletedAt: row.dataDeletedAt,
    updatedAt: row.updatedAt,
    personIds: row.people.map((person) => person.id),
    termIds: row.terms.map((term) => term.id),
  };
}

/**
 * The choices of the petition form: everyone, every category (as a tree), tag and region by
 * name, and the upload limit of the text editor's images. Needs petition:manage.
 */
export async function loadPetitionFormOptions(actor: Actor) {
  assertCan(actor, "petition:manage");
  const db = getDb();
  const [people, terms, { defaultLanguage }] = await Promise.all([
    db.person.findMany({ select: { id: true, slug: true, names: true } }),
    db.term.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, taxonomy: true, parentId: true },
    }),
    getSiteSettings(),
  ]);
  const termsOf = (taxonomy: "TAG" | "REGION") =>
    terms.filter((term) => term.taxonomy === taxonomy).map(({ id, name }) => ({ id, name }));
  return {
    people: people
      .map((person) => ({
        id: person.id,
        name: textIn(readTexts(person.names), defaultLanguage, defaultLanguage).text || person.slug,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, defaultLanguage)),
    categories: orderAsTree(terms.filter((term) => term.taxonomy === "CATEGORY")).map(
      ({ id, name, depth }) => ({ id, name, depth }),
    ),
    tags: termsOf("TAG"),
    regions: termsOf("REGION"),
    maxImageBytes: getEnv().MEDIA_MAX_BYTES,
  };
}

/** The petitions' settings for their form. Needs setting:manage. */
export async function getPetitionSettingsForEdit(actor: Actor) {
  assertCan(actor, "setting:manage");
  const row = await getDb().setting.findUnique({
    where: { key: PETITION_SETTINGS_KEY },
    select: { value: true },
  });
  return readPetitionSettings(row?.value);
}
