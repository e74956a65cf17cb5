import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { type ChoosePasswordInput, type InviteInput } from "@/lib/auth/invitations-schemas";
import { hashPassword } from "@/lib/auth/password";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { isMailEnabled, sendMail } from "@/lib/mail";
import { absoluteUrl } from "@/lib/urls";

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

/** The stored form of a link's token: only this, never the token, is in the database. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

const t = () => staffMessages().invitations;

export type InvitationSent = { email: string; mailed: boolean };

/**
 * Invites a person to a staff account by email (user:manage). A pending invitation for the same
 * address is replaced; an address that already has an account is refused.
 */
export async function inviteStaff(
  actor: Actor | null,
  input: InviteInput,
  now = new Date(),
): Promise<InvitationSent> {
  assertCan(actor, "user:manage");
  if (!isMailEnabled()) throw new AppError("CONFLICT", t().mailOff);
  const token = randomBytes(32).toString("base64url");
  try {
    await getDb().$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true },
      });
      if (existing) throw new FieldError("email", t().exists(input.email), "CONFLICT");
      const replaced = await tx.invitation.deleteMany({
        where: { email: input.email, usedAt: null },
      });
      const invitation = await tx.invitation.create({
        data: {
          tokenHash: hashToken(token),
          email: input.email,
          name: input.name,
          role: input.role,
          invitedById: actor.id,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: "user.invite",
          targetType: "Invitation",
          targetId: invitation.id,
          summary: `Invited ${input.email} as ${input.role.toLowerCase()}`,
          details: { role: input.role, replaced: replaced.count },
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Someone invited this address at the same moment. Try again.");
    }
    throw error;
  }
  const mailed = await sendMail({
    to: input.email,
    lang: "en",
    subject: t().mailSubject,
    text: t().mailBody(staffMessages().users.roles[input.role], absoluteUrl(`/invite/${token}`)),
  });
  return { email: input.email, mailed };
}

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  invitedBy: { email: string } | null;
};

/** Invitations not yet accepted and not expired, soonest to expire first (user:manage). */
export async function listPendingInvitations(
  actor: Actor,
  now = new Date(),
): Promise<PendingInvitation[]> {
  assertCan(actor, "user:manage");
  return getDb().invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { expiresAt: "asc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      invitedBy: { select: { email: true } },
    },
  });
}

/** Withdraws a pending invitation, so its link stops working (user:manage). */
export async function revokeInvitation(actor: Actor | null, invitationId: string): Promise<string> {
  assertCan(actor, "user:manage");
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, usedAt: null },
      select: { id: true, email: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND", t().gone);
    await tx.invitation.delete({ where: { id: invitation.id } });
    await recordAudit(
      actor,
      {
        action: "user.invitation_revoke",
        targetType: "Invitation",
        targetId: invitation.id,
        summary: `Revoked the invitation of ${invitation.email}`,
      },
      tx,
    );
    return invitation.email;
  });
}

/** The invitation a link stands for while it can still be accepted, or null (no permission). */
export async function findUsableInvitation(
  token: string,
  now = new Date(),
): Promise<{ email: string; name: string; role: Role } | null> {
  return getDb().invitation.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { email: true, name: true, role: true },
  });
}

/**
 * Creates the invited account with the password its owner chose (no permission: the link is the
 * proof). The link works once; a used, expired, withdrawn or unknown one is refused alike.
 */
export async function acceptInvitation(
  input: ChoosePasswordInput,
  now = new Date(),
): Promise<{ id: string; email: string }> {
  const refused = new AppError("INVALID", t().badLink);
  if (!(await findUsableInvitation(input.token, now))) throw refused;
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      // Claimed with a condition, so two submissions of the same link cannot both succeed.
      const claimed = await tx.invitation.updateManyAndReturn({
        where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
        select: { id: true, email: true, name: true, role: true, invitedById: true },
      });
      const invitation = claimed[0];
      if (!invitation) throw refused;
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: invitation.name,
          role: invitation.role,
          passwordHash,
        },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(
        user,
        {
          action: "user.invitation_accept",
          targetType: "User",
          targetId: user.id,
          summary: `${user.email} accepted the invitation as ${user.role.toLowerCase()}`,
          details: { invitationId: invitation.id, invitedById: invitation.invitedById },
        },
        tx,
      );
      return { id: user.id, email: user.email };
    });
  } catch (error) {
    // The address got an account some other way meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw refused;
    }
    throw error;
  }
}
