import { recordAudit } from "@/lib/audit";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { clearAccountThrottles } from "@/lib/auth/throttle-keys";

// The command line runs outside Next.js (no "server-only" modules), as the machine's operator:
// it needs no staff permission, and its audit entries name no actor.

export class ShellUsageError extends Error {
  override name = "ShellUsageError";
}

function normalizeEmail(email: string | undefined): string {
  const value = email?.trim().toLowerCase();
  if (!value || !/^[^\s@]+@[^\s@]+$/.test(value)) {
    throw new ShellUsageError("--email: expected an email address");
  }
  return value;
}

function checkPassword(password: string | undefined): string | undefined {
  if (password !== undefined && password.length < PASSWORD_MIN_LENGTH) {
    throw new ShellUsageError(`--password: expected at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  return password;
}

function audit(db: PrismaClient, action: string, targetId: string, summary: string) {
  return recordAudit(
    null,
    { action, targetType: "User", targetId, summary, details: { via: "command line" } },
    db,
  );
}

/** Creates an active account; returns the generated password when none was given. */
export async function createUserFromShell(
  db: PrismaClient,
  options: { email?: string; role?: string; name?: string; password?: string },
): Promise<{ email: string; role: Role; generatedPassword: string | null }> {
  const email = normalizeEmail(options.email);
  const role = (options.role ?? "AUTHOR").toUpperCase();
  if (!(role in Role)) {
    throw new ShellUsageError(`--role: expected one of ${Object.values(Role).join(", ")}`);
  }
  const password = checkPassword(options.password);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new ShellUsageError(
      `An account with the email ${email} already exists (use reset-password).`,
    );
  }
  const generatedPassword = password ? null : generatePassword();
  const user = await db.user.create({
    data: {
      email,
      name: options.name?.trim() ?? "",
      role: role as Role,
      passwordHash: await hashPassword(password ?? generatedPassword!),
    },
    select: { id: true },
  });
  await audit(
    db,
    "user.create",
    user.id,
    `Created ${role.toLowerCase()} account ${email} from the command line`,
  );
  return { email, role: role as Role, generatedPassword };
}

/** Sets a new password, reactivates the account and ends its sessions. */
export async function resetPasswordFromShell(
  db: PrismaClient,
  options: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword: string | null }> {
  const email = normalizeEmail(options.email);
  const password = checkPassword(options.password);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new ShellUsageError(`No account has the email ${email}.`);
  const generatedPassword = password ? null : generatePassword();
  await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(password ?? generatedPassword!),
      isActive: true,
      sessionVersion: { increment: 1 },
    },
  });
  await clearAccountThrottles(db, email);
  await audit(
    db,
    "user.password_reset",
    user.id,
    `Reset the password of ${email} from the command line`,
  );
  return { email, generatedPassword };
}

/**
 * For an account locked out with no device and no recovery code (a sole admin, say): removes
 * its authenticator app, security keys and recovery codes and ends its sessions.
 */
export async function resetTwoFactorFromShell(
  db: PrismaClient,
  options: { email?: string },
): Promise<{ email: string }> {
  const email = normalizeEmail(options.email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new ShellUsageError(`No account has the email ${email}.`);
  await db.$transaction([
    db.totpCredential.deleteMany({ where: { userId: user.id } }),
    db.securityKey.deleteMany({ where: { userId: user.id } }),
    db.recoveryCode.deleteMany({ where: { userId: user.id } }),
    db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } }),
  ]);
  await audit(
    db,
    "user.two_factor_reset",
    user.id,
    `Reset two-step verification of ${email} from the command line`,
  );
  return { email };
}

export async function listUsersForShell(db: PrismaClient) {
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { email: "asc" }],
    select: { email: true, name: true, role: true, isActive: true },
  });
}
