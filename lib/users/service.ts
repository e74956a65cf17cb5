import "server-only";
import { recordAudit } from "@/lib/audit";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { passwordResetLink } from "@/lib/auth/password-reset";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { isMailEnabled, sendMail } from "@/lib/mail";
import { type ChangeRoleSchema, type CreateUserSchema } from "./schemas";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;

const LAST_ADMIN_MESSAGE =
  "This is the last active administrator. Make another account an administrator first.";

export type CreatedUser = { id: string; email: string; generatedPassword: string | null };

async function findUserOrThrow(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, isActive: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
  return user;
}

/**
 * Refuses a change that would leave no active administrator. The admin rows are locked so two
 * administrators demoting each other at the same moment cannot both succeed.
 */
async function assertOtherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "isActive" ORDER BY "id" FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) {
    throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
  }
}

/** Creates a staff account (user:manage). Without a password, one is generated and returned once. */
export async function createUser(
  actor: Actor | null,
  input: z.output<typeof CreateUserSchema>,
): Promise<CreatedUser> {
  assertCan(actor, "user:manage");
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  try {
    const user = await getDb().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true },
      });
      await recordAudit(
        actor,
        {
          action: "user.create",
          targetType: "User",
          targetId: created.id,
          summary: `Created ${input.role.toLowerCase()} account ${created.email}`,
          details: { role: input.role },
        },
        tx,
      );
      return created;
    });
    return { ...user, generatedPassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldError(
        "email",
        `An account with the email ${input.email} already exists.`,
        "CONFLICT",
      );
    }
    throw error;
  }
}

/** Changes a staff member's role (user:manage); their sessions end so the new role applies. */
export async function changeUserRole(
  actor: Actor | null,
  input: z.output<typeof ChangeRoleSchema>,
): Promise<void> {
  assertCan(actor, "user:manage");
  await getDb().$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, input.userId);
    if (user.role === input.role) return;
    if (user.role === "ADMIN" && user.isActive) await assertOtherActiveAdmin(tx, user.id);
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      actor,
      {
        action: "user.role_change",
        targetType: "User",
        targetId: user.id,
        summary: `Changed ${user.email} from ${label(user.role)} to ${label(input.role)}`,
        details: { from: user.role, to: input.role },
      },
      tx,
    );
  });
}

const label = (role: Role) => role.toLowerCase();

/**
 * Deactivates or reactivates an account (user:manage). A deactivated account cannot sign in and
 * its sessions stop working at their next request.
 */
export async function setUserActive(
  actor: Actor | null,
  input: { userId: string; isActive: boolean },
): Promise<void> {
  assertCan(actor, "user:manage");
  await getDb().$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, input.userId);
    if (user.isActive === input.isActive) return;
    if (!input.isActive) {
      if (user.id === actor.id) {
        throw new AppError("CONFLICT", "You cannot deactivate your own account.");
      }
      if (user.role === "ADMIN") await assertOtherActiveAdmin(tx, user.id);
    }
    await tx.user.update({
      where: { id: user.id },
      data: { isActive: input.isActive, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      actor,
      {
        action: input.isActive ? "user.reactivate" : "user.deactivate",
        targetType: "User",
        targetId: user.id,
        summary: `${input.isActive ? "Reactivated" : "Deactivated"} ${user.email}`,
      },
      tx,
    );
  });
}

/**
 * Mails an account's owner a link to choose a new password (user:manage), as the forgotten-password
 * form does but without its per-address limit: an admin may send one whenever asked. Refused when
 * mail is off, and for a deactivated account (its link would not work). Returns whether the mail
 * went out.
 */
export async function sendPasswordResetLink(
  actor: Actor | null,
  userId: string,
): Promise<{ email: string; mailed: boolean }> {
  assertCan(actor, "user:manage");
  const t = staffMessages().users;
  if (!isMailEnabled()) throw new AppError("CONFLICT", t.resetLinkMailOff);
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
  if (!user.isActive) throw new AppError("CONFLICT", t.resetLinkInactive);
  const mailed = await sendMail({
    to: user.email,
    lang: "en",
    subject: staffMessages().passwordReset.mailSubject,
    text: staffMessages().passwordReset.mailBody(passwordResetLink(user)),
  });
  await recordAudit(actor, {
    action: "user.password_reset_sent",
    targetType: "User",
    targetId: user.id,
    summary: `Sent ${user.email} a password reset link`,
    details: { mailed },
  });
  return { email: user.email, mailed };
}
