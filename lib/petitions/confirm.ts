import "server-only";
import { getDb } from "@/lib/db";
import type { SignerDisplay } from "@/lib/generated/prisma/enums";
import { initialsOf } from "@/lib/petitions/record";
import { readSignatureLink } from "@/lib/petitions/tokens";

export type LinkOutcome =
  | { outcome: "confirmed" | "withdrawn" | "closed"; petitionId: string; slug: string }
  | { outcome: "dead" };

type Typed = {
  email: string | null;
  name: string | null;
  country: string | null;
  city: string | null;
  comment: string | null;
  showName: boolean;
  mayEmail: boolean;
};

/**
 * What a signature keeps, from the moment it is stored: on a count-only petition nothing but its
 * keyed hash (and the day it was confirmed); on the others the email only if the signer agreed to
 * be emailed, and name, place and comment only if they chose to be shown, as initials on an
 * initials petition. The confirmation email goes to the address as typed, so nothing more is
 * needed while a signature waits. Applied again on confirmation and when staff narrow a
 * petition's display.
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
  const email = typed.mayEmail ? typed.email : null;
  if (!typed.showName) return { email, name: null, country: null, city: null, comment: null };
  return {
    email,
    name: display === "INITIALS" ? initialsOf(typed.name ?? "") || null : typed.name,
    country: typed.country,
    city: typed.city,
    comment: typed.comment,
  };
}

/** A count-only signature keeps the day it was confirmed, not the moment. */
function confirmedAtFor(display: SignerDisplay, now: Date): Date {
  return display === "COUNT_ONLY" ? new Date(now.toISOString().slice(0, 10)) : now;
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
    // KEY SHARE: the staff save's FOR UPDATE waits for it and it for the save, while confirmations
    // of the same petition never wait for one another (each then updates the count in turn).
    await tx.$queryRaw`SELECT 1 FROM "Petition" WHERE "id" = ${owner.petitionId} FOR KEY SHARE`;
    const signature = await tx.petitionSignature.findUnique({
      where: { id },
      select: {
        status: true,
        email: true,
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
        confirmedAt: confirmedAtFor(petition.signerDisplay, now),
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
    // One statement deletes the row and says what it was, so a confirmation racing it either
    // counted before (and is uncounted here) or finds nothing.
    const [row] = await tx.$queryRaw<{ status: string; petitionId: string }[]>`
      DELETE FROM "PetitionSignature" WHERE "id" = ${id}
      RETURNING "status"::text AS "status", "petitionId"`;
    if (!row) return { outcome: "dead" } as const;
    if (row.status === "CONFIRMED") {
      await tx.petition.updateMany({
        where: { id: row.petitionId, signatureCount: { gt: 0 } },
        data: { signatureCount: { decrement: 1 } },
      });
    }
    const petition = await tx.petition.findUniqueOrThrow({
      where: { id: row.petitionId },
      select: { slug: true },
    });
    return { outcome: "withdrawn", petitionId: row.petitionId, slug: petition.slug } as const;
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
