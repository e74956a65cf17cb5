import "server-only";
import { getDb } from "@/lib/db";
import type { SignerDisplay } from "@/lib/generated/prisma/enums";
import { initialsOf } from "@/lib/petitions/record";
import { readSignatureLink } from "@/lib/petitions/tokens";

export type LinkOutcome =
  | { outcome: "confirmed" | "withdrawn" | "closed"; petitionId: string; slug: string }
  | { outcome: "dead" };

type Typed = {
  name: string | null;
  country: string | null;
  city: string | null;
  comment: string | null;
  showName: boolean;
  mayEmail: boolean;
};

/**
 * What a confirmed signature keeps: on a count-only petition nothing but its keyed hash; on the
 * others the email, and what is shown only if the signer chose to be shown (initials only on an
 * initials petition).
 */
export function trimmedOnConfirm(display: SignerDisplay, typed: Typed) {
  if (display === "COUNT_ONLY") {
    return {
      email: null,
      name: null,
      country: null,
      city: null,
      comment: null,
      showName: false,
      mayEmail: false,
    };
  }
  if (!typed.showName) {
    return { name: null, country: null, city: null, comment: null };
  }
  return display === "INITIALS" ? { name: initialsOf(typed.name ?? "") || null } : {};
}

/**
 * Confirms the signature a link names. Confirming twice is harmless: the second time changes
 * nothing and answers the same. A petition closed meanwhile no longer counts it.
 */
export async function confirmSignature(token: string, now = new Date()): Promise<LinkOutcome> {
  const id = readSignatureLink("confirm", token);
  if (!id) return { outcome: "dead" };
  return getDb().$transaction(async (tx) => {
    const owner = await tx.petitionSignature.findUnique({
      where: { id },
      select: { petitionId: true },
    });
    if (!owner) return { outcome: "dead" } as const;
    // A staff save that narrows how signers are shown updates the petition row and trims its
    // signatures in one transaction: waiting for it here means this signature is trimmed by the
    // rule that is current when it is confirmed, never by the one before.
    await tx.$queryRaw`SELECT 1 FROM "Petition" WHERE "id" = ${owner.petitionId} FOR SHARE`;
    const signature = await tx.petitionSignature.findUnique({
      where: { id },
      select: {
        status: true,
        name: true,
        country: true,
        city: true,
        comment: true,
        showName: true,
        mayEmail: true,
        petition: {
          select: { id: true, slug: true, status: true, endsAt: true, signerDisplay: true },
        },
      },
    });
    if (!signature) return { outcome: "dead" } as const;
    const { petition } = signature;
    const done = { petitionId: petition.id, slug: petition.slug };
    if (signature.status === "CONFIRMED") return { outcome: "confirmed", ...done } as const;
    if (petition.status !== "OPEN" || (petition.endsAt && petition.endsAt <= now)) {
      return { outcome: "closed", ...done } as const;
    }
    // Only the request that moves it out of PENDING counts it, however many race.
    const { count } = await tx.petitionSignature.updateMany({
      where: { id, status: "PENDING" },
      data: {
        status: "CONFIRMED",
        confirmedAt: now,
        ...trimmedOnConfirm(petition.signerDisplay, signature),
      },
    });
    if (count === 1) {
      await tx.petition.update({
        where: { id: petition.id },
        data: { signatureCount: { increment: 1 } },
      });
    }
    return { outcome: "confirmed", ...done } as const;
  });
}

/** Deletes the signature a withdrawal link names; a confirmed one leaves the count. */
export async function withdrawSignature(token: string): Promise<LinkOutcome> {
  const id = readSignatureLink("withdraw", token);
  if (!id) return { outcome: "dead" };
  return getDb().$transaction(async (tx) => {
    const row = await tx.petitionSignature.findUnique({
      where: { id },
      select: { status: true, petition: { select: { id: true, slug: true } } },
    });
    if (!row) return { outcome: "dead" } as const;
    // Whichever of two racing withdrawals deletes the row is the one that uncounts it.
    const { count } = await tx.petitionSignature.deleteMany({ where: { id } });
    if (count === 0)
      return {
        outcome: "withdrawn",
        petitionId: row.petition.id,
        slug: row.petition.slug,
      } as const;
    if (row.status === "CONFIRMED") {
      await tx.petition.updateMany({
        where: { id: row.petition.id, signatureCount: { gt: 0 } },
        data: { signatureCount: { decrement: 1 } },
      });
    }
    return { outcome: "withdrawn", petitionId: row.petition.id, slug: row.petition.slug } as const;
  });
}

/** What a confirm or withdraw page shows before the button is pressed. */
export async function signatureForLink(purpose: "confirm" | "withdraw", token: string) {
  const id = readSignatureLink(purpose, token);
  if (!id) return null;
  return getDb().petitionSignature.findUnique({
    where: { id },
    select: {
      status: true,
      petition: { select: { id: true, slug: true, texts: true, status: true } },
    },
  });
}
