import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayIn } from "@/lib/people/days";
import { petitionTextIn } from "@/lib/petitions/record";
import {
  PETITION_SETTINGS_KEY,
  type PetitionSettings,
  readPetitionSettings,
} from "@/lib/petitions/settings";
import type { DeliverInput, PetitionInput } from "@/lib/petitions/staff-schemas";
import {
  applyDisplay,
  checkLinks,
  english,
  lockPetition,
  nextStatus,
  petitionTexts,
  readEndsAt,
  resolveSlug,
  sameSet,
  titleOf,
  withSlugCheck,
} from "@/lib/petitions/staff-rules";
import { getSiteSettings } from "@/lib/settings/queries";

const ids = (list: string[]) => list.map((id) => ({ id }));

/** Adds a petition, with an audit entry. Needs petition:manage. */
export async function createPetition(actor: Actor, input: PetitionInput): Promise<{ id: string }> {
  assertCan(actor, "petition:manage");
  const site = await getSiteSettings();
  const { texts, title } = petitionTexts({}, input.texts, site);
  const endsAt = readEndsAt(input.endsAt, site.timeZone);
  const { status, closedAt } = nextStatus(null, input.status, endsAt, new Date());
  return withSlugCheck(() =>
    getDb().$transaction(async (tx) => {
      const slug = await resolveSlug(tx, input.slug, title);
      await checkLinks(tx, input);
      const petition = await tx.petition.create({
        data: {
          slug,
          status,
          closedAt,
          signerDisplay: input.signerDisplay,
          texts,
          goal: input.goal,
          endsAt,
          hashtag: input.hashtag,
          people: { connect: ids(input.personIds) },
          terms: { connect: ids(input.termIds) },
        },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: "petition.create",
          targetType: "Petition",
          targetId: petition.id,
          summary: `Added the petition "${title}"`,
          details: { slug, status, signerDisplay: input.signerDisplay },
        },
        tx,
      );
      return petition;
    }),
  );
}

/**
 * Saves a petition (not its delivery), with an audit entry: a narrower signer display trims the
 * stored signatures in the same transaction. Needs petition:manage.
 */
export async function updatePetition(
  actor: Actor,
  id: string,
  input: PetitionInput,
): Promise<void> {
  assertCan(actor, "petition:manage");
  const site = await getSiteSettings();
  const endsAt = readEndsAt(input.endsAt, site.timeZone);
  await withSlugCheck(() =>
    getDb().$transaction(async (tx) => {
      const before = await lockPetition(tx, id);
      const { texts, title } = petitionTexts(before.texts, input.texts, site);
      const slug = await resolveSlug(tx, input.slug, title, id);
      await checkLinks(tx, input);
      const { status, closedAt } = nextStatus(before, input.status, endsAt, new Date());
      const trimmed = await applyDisplay(tx, before, input.signerDisplay);
      await tx.petition.update({
        where: { id },
        data: {
          slug,
          status,
          closedAt,
          signerDisplay: input.signerDisplay,
          texts,
          goal: input.goal,
          endsAt,
          hashtag: input.hashtag,
          people: { set: ids(input.personIds) },
          terms: { set: ids(input.termIds) },
        },
        select: { id: true },
      });
      const changed = Object.entries({
        slug: before.slug !== slug,
        status: before.status !== status,
        signerDisplay: before.signerDisplay !== input.signerDisplay,
        texts: JSON.stringify(before.texts) !== JSON.stringify(texts),
        goal: before.goal !== input.goal,
        endsAt: before.endsAt?.getTime() !== endsAt?.getTime(),
        hashtag: before.hashtag !== input.hashtag,
        people: !sameSet(before.personIds, input.personIds),
        terms: !sameSet(before.termIds, input.termIds),
      })
        .filter(([, isChanged]) => isChanged)
        .map(([part]) => part);
      await recordAudit(
        actor,
        {
          action: "petition.update",
          targetType: "Petition",
          targetId: id,
          summary: `Updated the petition "${title}"`,
          details: {
            changed,
            status,
            signerDisplay: input.signerDisplay,
            trimmedSignatures: trimmed,
          },
        },
        tx,
      );
    }),
  );
}

/**
 * Marks a petition delivered on a day (not after today in the site's time zone) with its public
 * note in each language it has a text in, or corrects a delivery. Needs petition:manage.
 */
export async function deliverPetition(
  actor: Actor,
  id: string,
  input: DeliverInput,
): Promise<void> {
  assertCan(actor, "petition:manage");
  const site = await getSiteSettings();
  if (input.deliveredOn > todayIn(site.timeZone)) {
    throw new FieldError(
      "deliveredOn",
      "The delivery date cannot be after today: mark the petition delivered once it is handed over.",
    );
  }
  await getDb().$transaction(async (tx) => {
    const before = await lockPetition(tx, id);
    if (before.status === "DRAFT") {
      throw new AppError("INVALID", "A draft cannot be delivered: open it for signatures first.");
    }
    const texts = { ...before.texts };
    for (const code of site.languages) {
      const text = texts[code];
      if (text?.title)
        texts[code] = { ...text, deliveryNote: input.notes[code] ?? text.deliveryNote };
    }
    const main = petitionTextIn(texts, site.defaultLanguage, site.defaultLanguage);
    if (!main.deliveryNote) {
      throw new FieldError(
        `notes.${main.lang}`,
        `Say in ${english(main.lang)} how and to whom the petition was handed over: its page shows it.`,
      );
    }
    await tx.petition.update({
      where: { id },
      data: {
        status: "DELIVERED",
        deliveredAt: new Date(`${input.deliveredOn}T00:00:00Z`),
        closedAt: before.closedAt ?? new Date(),
        texts,
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "petition.deliver",
        targetType: "Petition",
        targetId: id,
        summary: `Marked the petition "${main.title}" delivered on ${input.deliveredOn}`,
        details: { deliveredOn: input.deliveredOn, correction: before.status === "DELIVERED" },
      },
      tx,
    );
  });
}

/** Deletes a petition with every signature (the audit entry keeps no signer). Needs petition:manage. */
export async function deletePetition(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "petition:manage");
  const site = await getSiteSettings();
  await getDb().$transaction(async (tx) => {
    const before = await lockPetition(tx, id);
    const { count } = await tx.petitionSignature.deleteMany({ where: { petitionId: id } });
    await tx.petition.delete({ where: { id } });
    const title = titleOf(before.texts, site);
    await recordAudit(
      actor,
      {
        action: "petition.delete",
        targetType: "Petition",
        targetId: id,
        summary: `Deleted the petition "${title}" and its ${count} stored signatures`,
        details: {
          slug: before.slug,
          status: before.status,
          signatureCount: before.signatureCount,
          signaturesDeleted: count,
        },
      },
      tx,
    );
  });
}

/** Saves how long signers' data is kept after a petition ends. Needs setting:manage. */
export async function savePetitionSettings(
  actor: Actor,
  settings: PetitionSettings,
): Promise<void> {
  assertCan(actor, "setting:manage");
  const key = PETITION_SETTINGS_KEY;
  await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "key" FROM "Setting" WHERE "key" = ${key} FOR UPDATE`;
    const stored = await tx.setting.findUnique({ where: { key }, select: { value: true } });
    const before = readPetitionSettings(stored?.value);
    const value = { ...settings } as Prisma.InputJsonObject;
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    await recordAudit(
      actor,
      {
        action: "setting.update",
        targetType: "Setting",
        targetId: key,
        summary:
          before.retentionDays === settings.retentionDays
            ? "Saved the petitions' data retention (no changes)"
            : `Changed the petitions' data retention from ${before.retentionDays} to ${settings.retentionDays} days`,
        details: {
          key,
          changed: before.retentionDays === settings.retentionDays ? [] : ["retentionDays"],
        },
      },
      tx,
    );
  });
}
