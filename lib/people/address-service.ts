import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayNumber, todayIn } from "@/lib/people/days";
import type { AddressInput } from "@/lib/people/schemas";
import { isoDate } from "@/lib/people/record";
import { dateColumn, lockPerson, recordPersonRevision } from "@/lib/people/snapshot";
import { getSiteSettings } from "@/lib/settings/queries";

/** A check of an address cannot have happened after today (in the site's time zone). */
function checkVerified(lastVerified: string | null, timeZone: string): void {
  if (lastVerified && dayNumber(lastVerified) > dayNumber(todayIn(timeZone))) {
    throw new FieldError(
      "lastVerified",
      "The address cannot have been verified after today. Enter the day someone checked it.",
    );
  }
}

/**
 * Adds an address letters go to from `validFrom`; the address valid from the latest date is the
 * current one, and earlier ones stay as history. Needs person:manage.
 */
export async function addPersonAddress(actor: Actor, input: AddressInput): Promise<void> {
  assertCan(actor, "person:manage");
  const { defaultLanguage, timeZone } = await getSiteSettings();
  checkVerified(input.lastVerified, timeZone);
  await getDb().$transaction(async (tx) => {
    const name = await lockPerson(tx, input.personId, defaultLanguage);
    const address = await tx.personAddress.create({
      data: {
        personId: input.personId,
        address: input.address,
        script: input.script,
        latin: input.latin,
        validFrom: dateColumn(input.validFrom),
        lastVerified: input.lastVerified ? dateColumn(input.lastVerified) : null,
      },
      select: { id: true },
    });
    await recordPersonRevision(tx, actor, input.personId);
    await recordAudit(
      actor,
      {
        action: "person.address.add",
        targetType: "Person",
        targetId: input.personId,
        summary: `Added an address valid from ${input.validFrom} for "${name}"`,
        details: { addressId: address.id },
      },
      tx,
    );
  });
}

async function findAddress(tx: Prisma.TransactionClient, personId: string, addressId: string) {
  const address = await tx.personAddress.findFirst({
    where: { id: addressId, personId },
    select: { validFrom: true },
  });
  if (!address) throw new AppError("NOT_FOUND", "This address has been deleted meanwhile.");
  return address;
}

/** Records when someone last checked that an address still reaches the person. Needs person:manage. */
export async function setAddressVerified(
  actor: Actor,
  personId: string,
  addressId: string,
  lastVerified: string | null,
): Promise<void> {
  assertCan(actor, "person:manage");
  const { defaultLanguage, timeZone } = await getSiteSettings();
  checkVerified(lastVerified, timeZone);
  await getDb().$transaction(async (tx) => {
    const name = await lockPerson(tx, personId, defaultLanguage);
    const address = await findAddress(tx, personId, addressId);
    await tx.personAddress.update({
      where: { id: addressId },
      data: { lastVerified: lastVerified ? dateColumn(lastVerified) : null },
      select: { id: true },
    });
    await recordPersonRevision(tx, actor, personId);
    await recordAudit(
      actor,
      {
        action: "person.address.verify",
        targetType: "Person",
        targetId: personId,
        summary: lastVerified
          ? `Marked the address of "${name}" valid from ${isoDate(address.validFrom)} as verified on ${lastVerified}`
          : `Cleared the verification date of the address of "${name}" valid from ${isoDate(address.validFrom)}`,
        details: { addressId },
      },
      tx,
    );
  });
}

/**
 * Deletes an address (one entered by mistake: a superseded address stays as history). Needs
 * person:manage.
 */
export async function deletePersonAddress(
  actor: Actor,
  personId: string,
  addressId: string,
): Promise<void> {
  assertCan(actor, "person:manage");
  const { defaultLanguage } = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    const name = await lockPerson(tx, personId, defaultLanguage);
    const address = await findAddress(tx, personId, addressId);
    await tx.personAddress.delete({ where: { id: addressId } });
    await recordPersonRevision(tx, actor, personId);
    await recordAudit(
      actor,
      {
        action: "person.address.delete",
        targetType: "Person",
        targetId: personId,
        summary: `Deleted the address of "${name}" valid from ${isoDate(address.validFrom)}`,
        details: { addressId },
      },
      tx,
    );
  });
}
