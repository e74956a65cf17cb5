import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PetitionStatus, SignatureStatus, SignerDisplay } from "@/lib/generated/prisma/enums";
import type { PetitionTexts } from "@/lib/petitions/record";

const unique = () => randomBytes(4).toString("hex");

export type PetitionOverrides = {
  slug?: string;
  status?: PetitionStatus;
  signerDisplay?: SignerDisplay;
  texts?: PetitionTexts;
  goal?: number;
  endsAt?: Date | null;
  hashtag?: string;
  closedAt?: Date | null;
  /** A day (stored as a date). */
  deliveredAt?: Date | null;
  dataDeletedAt?: Date | null;
  personIds?: string[];
  termIds?: string[];
};

/**
 * A petition row written straight to the database: open, showing full names, with an English
 * text, unless `overrides` say otherwise.
 */
export async function createPetition(db: PrismaClient, overrides: PetitionOverrides = {}) {
  const id = unique();
  return db.petition.create({
    data: {
      slug: overrides.slug ?? `petition-${id}`,
      status: overrides.status ?? "OPEN",
      signerDisplay: overrides.signerDisplay ?? "FULL_NAME",
      texts: overrides.texts ?? {
        en: {
          title: `Free every political prisoner ${id}`,
          addressee: "The authorities of Belarus",
          body: "<p>Release them now.</p>",
          deliveryNote: "",
        },
      },
      goal: overrides.goal ?? 1000,
      endsAt: overrides.endsAt ?? null,
      hashtag: overrides.hashtag ?? "",
      closedAt: overrides.closedAt ?? null,
      deliveredAt: overrides.deliveredAt ?? null,
      dataDeletedAt: overrides.dataDeletedAt ?? null,
      people: { connect: (overrides.personIds ?? []).map((personId) => ({ id: personId })) },
      terms: { connect: (overrides.termIds ?? []).map((termId) => ({ id: termId })) },
    },
  });
}

export type SignatureOverrides = {
  status?: SignatureStatus;
  /** Not the real keyed hash (that needs the server's secret): unique unless given. */
  emailHash?: string;
  email?: string | null;
  name?: string | null;
  country?: string | null;
  city?: string | null;
  comment?: string | null;
  showName?: boolean;
  mayEmail?: boolean;
  language?: string;
  confirmedAt?: Date;
};

/**
 * A signature row: confirmed (and counted in the petition's signatureCount) by default, shown
 * by name, with an email address and no place or comment, unless `overrides` say otherwise.
 */
export async function addSignature(
  db: PrismaClient,
  petitionId: string,
  overrides: SignatureOverrides = {},
) {
  const id = unique();
  const status = overrides.status ?? "CONFIRMED";
  const pick = <K extends keyof SignatureOverrides>(key: K, fallback: SignatureOverrides[K]) =>
    key in overrides ? overrides[key] : fallback;
  return db.$transaction(async (tx) => {
    const signature = await tx.petitionSignature.create({
      data: {
        petitionId,
        emailHash: overrides.emailHash ?? `test-hash-${id}`,
        status,
        email: pick("email", `signer-${id}@example.org`) ?? null,
        name: pick("name", `Signer ${id}`) ?? null,
        country: pick("country", null) ?? null,
        city: pick("city", null) ?? null,
        comment: pick("comment", null) ?? null,
        showName: overrides.showName ?? true,
        mayEmail: overrides.mayEmail ?? false,
        language: overrides.language ?? "en",
        confirmedAt: status === "CONFIRMED" ? (overrides.confirmedAt ?? new Date()) : null,
      },
    });
    if (status === "CONFIRMED") {
      await tx.petition.update({
        where: { id: petitionId },
        data: { signatureCount: { increment: 1 } },
      });
    }
    return signature;
  });
}
