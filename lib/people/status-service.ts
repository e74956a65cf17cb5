import "server-only";
import { toSlug } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { plural } from "@/lib/i18n/plural";
import { type TextsByLanguage, readTexts } from "@/lib/people/record";
import type { StatusInput } from "@/lib/people/schemas";

type Tx = Prisma.TransactionClient;

/** The names typed, blank ones left out (English is required by the schema). */
function statusNames(input: StatusInput): TextsByLanguage {
  return Object.fromEntries(Object.entries(input.names).filter(([, name]) => !!name?.trim()));
}

async function resolveKey(tx: Tx, input: StatusInput, exceptId?: string): Promise<string> {
  const key = toSlug(input.key || input.names.en || "");
  if (!key) {
    throw new FieldError("key", 'The key needs at least one letter or digit, such as "sentenced".');
  }
  const taken = await tx.personStatus.findUnique({ where: { key }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw keyTaken(key);
  return key;
}

const keyTaken = (key: string) =>
  new FieldError(
    "key",
    `Another status already has the key "${key}". Choose another key.`,
    "CONFLICT",
  );

async function withKeyCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldError("key", "Another status was given this key a moment ago.", "CONFLICT");
    }
    throw error;
  }
}

/** Adds a status staff can give people. Needs person:manage. */
export async function createPersonStatus(actor: Actor, input: StatusInput): Promise<void> {
  assertCan(actor, "person:manage");
  await withKeyCheck(() =>
    getDb().$transaction(async (tx) => {
      const key = await resolveKey(tx, input);
      const status = await tx.personStatus.create({
        data: { key, names: statusNames(input), isHeld: input.isHeld, position: input.position },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: "person-status.create",
          targetType: "PersonStatus",
          targetId: status.id,
          summary: `Added the status "${input.names.en}"`,
          details: { key, isHeld: input.isHeld },
        },
        tx,
      );
    }),
  );
}

/** Renames a status, changes its key, order or whether it means held today. Needs person:manage. */
export async function updatePersonStatus(
  actor: Actor,
  id: string,
  input: StatusInput,
): Promise<void> {
  assertCan(actor, "person:manage");
  await withKeyCheck(() =>
    getDb().$transaction(async (tx) => {
      const before = await tx.personStatus.findUnique({ where: { id }, select: { key: true } });
      if (!before) throw new AppError("NOT_FOUND", "This status has been deleted meanwhile.");
      const key = await resolveKey(tx, input, id);
      await tx.personStatus.update({
        where: { id },
        data: { key, names: statusNames(input), isHeld: input.isHeld, position: input.position },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: "person-status.update",
          targetType: "PersonStatus",
          targetId: id,
          summary: `Updated the status "${input.names.en}"`,
          details: { key, previousKey: before.key, isHeld: input.isHeld },
        },
        tx,
      );
    }),
  );
}

/** Deletes a status no one has; refused while people have it. Needs person:manage. */
export async function deletePersonStatus(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "person:manage");
  await getDb().$transaction(async (tx) => {
    // Locked, so no save can give someone this status between the count and the delete.
    const rows = await tx.$queryRaw<{ key: string; names: unknown }[]>`
      SELECT "key", "names" FROM "PersonStatus" WHERE "id" = ${id} FOR UPDATE`;
    const status = rows[0];
    if (!status) throw new AppError("NOT_FOUND", "This status has already been deleted.");
    const name = readTexts(status.names).en ?? status.key;
    const people = await tx.person.count({ where: { statusId: id } });
    if (people > 0) {
      throw new AppError(
        "CONFLICT",
        `${plural("en", people, { one: "# person has", other: "# people have" })} the status "${name}". Give them another status first; then it can be deleted.`,
      );
    }
    await tx.personStatus.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: "person-status.delete",
        targetType: "PersonStatus",
        targetId: id,
        summary: `Deleted the status "${name}"`,
        details: { key: status.key },
      },
      tx,
    );
  });
}
