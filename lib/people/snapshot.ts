import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Lang } from "@/lib/i18n/languages";
import {
  ChargeSchema,
  EventTextsByLanguageSchema,
  TextsByLanguageSchema,
  readCharges,
  readTexts,
  textIn,
  readEvent,
  readAddress,
} from "@/lib/people/record";

type Tx = Prisma.TransactionClient;

/** A calendar date ("2021-07-14") as the DATE column stores it. */
export const dateColumn = (date: string) => new Date(`${date}T00:00:00Z`);

/** What a revision keeps: the whole record, its timeline, addresses and the articles about it. */
export const PersonSnapshotSchema = z.object({
  slug: z.string(),
  names: TextsByLanguageSchema,
  spellings: z.array(z.string()),
  bios: TextsByLanguageSchema,
  photo: z.object({ id: z.string(), name: z.string() }).nullable(),
  photoCredit: z.string(),
  birth: z.object({
    year: z.number().nullable(),
    month: z.number().nullable(),
    day: z.number().nullable(),
  }),
  showBirthday: z.boolean(),
  status: z.object({ key: z.string(), names: TextsByLanguageSchema }),
  charges: z.array(ChargeSchema),
  regions: z.array(z.string()),
  published: z.boolean(),
  events: z.array(
    z.object({
      date: z.string(),
      kind: z.string(),
      texts: EventTextsByLanguageSchema,
      sourceUrl: z.string(),
    }),
  ),
  addresses: z.array(
    z.object({
      address: z.string(),
      script: z.string(),
      latin: z.string(),
      validFrom: z.string(),
      lastVerified: z.string().nullable(),
    }),
  ),
  articles: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type PersonSnapshot = z.infer<typeof PersonSnapshotSchema>;

/**
 * Locks the person's row for the rest of the transaction (two saves of one person write their
 * revisions one after the other) and returns their name for audit lines.
 */
export async function lockPerson(tx: Tx, personId: string, defaultLang: Lang): Promise<string> {
  const rows = await tx.$queryRaw<{ slug: string; names: unknown }[]>`
    SELECT "slug", "names" FROM "Person" WHERE "id" = ${personId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "This person has been deleted meanwhile.");
  return textIn(readTexts(row.names), defaultLang, defaultLang).text || row.slug;
}

/** The person as saved now, in the transaction `tx`. */
export async function readPersonSnapshot(tx: Tx, personId: string): Promise<PersonSnapshot> {
  const row = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      status: { select: { key: true, names: true } },
      photo: { select: { id: true, originalName: true } },
      regions: { select: { name: true }, orderBy: { name: "asc" } },
      events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
      addresses: { orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }] },
      articles: { select: { id: true, title: true }, orderBy: { title: "asc" } },
    },
  });
  return {
    slug: row.slug,
    names: readTexts(row.names),
    spellings: row.spellings,
    bios: readTexts(row.bios),
    photo: row.photo ? { id: row.photo.id, name: row.photo.originalName } : null,
    photoCredit: row.photoCredit,
    birth: { year: row.birthYear, month: row.birthMonth, day: row.birthDay },
    showBirthday: row.showBirthday,
    status: { key: row.status.key, names: readTexts(row.status.names) },
    charges: readCharges(row.charges),
    regions: row.regions.map((region) => region.name),
    published: row.published,
    events: row.events.map(readEvent),
    addresses: row.addresses.map(readAddress),
    articles: row.articles,
  };
}

/** The parts of the record that differ between two snapshots ("names", "events" …). */
export function changedParts(before: PersonSnapshot, after: PersonSnapshot): string[] {
  return (Object.keys(after) as (keyof PersonSnapshot)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * Writes a revision of the person as saved now. Call it inside the write's own transaction, so
 * the change and its revision are stored together or not at all.
 */
export async function recordPersonRevision(
  tx: Tx,
  actor: Actor,
  personId: string,
): Promise<PersonSnapshot> {
  const snapshot = await readPersonSnapshot(tx, personId);
  await tx.personRevision.create({
    data: { personId, snapshot: snapshot, editorId: actor.id },
  });
  return snapshot;
}
