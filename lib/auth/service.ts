import "server-only";
import { recordAudit } from "@/lib/audit";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { type Actor } from "@/lib/auth/permissions";
import { type ChangePasswordInput } from "@/lib/auth/schemas";
import { hashIp } from "@/lib/auth/secret";
import { signInKeys } from "@/lib/auth/throttle-keys";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit";

export const SIGN_IN_FAILED_MESSAGE = "Email or password is incorrect.";

/**
 * Failed attempts allowed. From one address: 5 per account and 20 in all per 15 minutes, so one
 * stranger cannot lock anyone out. Per account, from everywhere: 20 per hour pass freely; past
 * that each attempt waits twice as long as the one before (2 s, 4 s … up to 15 minutes), which
 * slows a guessing attack spread over many addresses.
 */
export const SIGN_IN_LIMITS = {
  perAccountFromAddress: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  accountFree: 20,
  accountWindowSeconds: 60 * 60,
  maxDelaySeconds: 15 * 60,
} as const;

/** Wrong current passwords allowed when changing one's password, per 15 minutes. */
export const PASSWORD_CHANGE_LIMIT = { attempts: 5, windowSeconds: 15 * 60 } as const;

export function throttledMessage(minutes: number): string {
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** What the session token carries: the id and the version that must still match the database. */
type SessionUser = Actor & { sessionVersion: number };

export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

// Unknown emails still pay for one hash check, so timing does not tell which emails exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(generatePassword()));

/** One more failure against the account from anywhere; past the free ones, a longer wait. */
async function countAccountFailure(email: string): Promise<void> {
  const { count } = await hitRateLimit(
    signInKeys.account(email),
    Infinity,
    SIGN_IN_LIMITS.accountWindowSeconds,
  );
  const over = count - SIGN_IN_LIMITS.accountFree;
  if (over <= 0) return;
  const seconds = Math.min(2 ** over, SIGN_IN_LIMITS.maxDelaySeconds);
  const until = new Date(Date.now() + seconds * 1000);
  await getDb().rateLimit.upsert({
    where: { key: signInKeys.accountWait(email) },
    create: { key: signInKeys.accountWait(email), count: 1, resetAt: until },
    update: { count: 1, resetAt: until },
  });
}

/** The minutes left on the first exhausted limit, or null when the attempt may go ahead. */
async function throttledFor(keys: { key: string; limit: number }[]): Promise<number | null> {
  const rows = await getDb().rateLimit.findMany({
    where: { key: { in: keys.map((k) => k.key) }, resetAt: { gt: new Date() } },
    select: { key: true, count: true, resetAt: true },
  });
  let waitMs = 0;
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)?.limit ?? Infinity;
    if (row.count >= limit) waitMs = Math.max(waitMs, row.resetAt.getTime() - Date.now());
  }
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : null;
}

/** The keyed hash sign-in throttling stores instead of the client's address. */
export const addressOf = (ip: string | null) => (ip ? hashIp(ip) : "unknown");

/**
 * Minutes the account must wait before another sign-in attempt from this address (a password or
 * a second-step code), or null when it may try now.
 */
export function signInWait(email: string, address: string): Promise<number | null> {
  return throttledFor([
    { key: signInKeys.pair(email, address), limit: SIGN_IN_LIMITS.perAccountFromAddress },
    { key: signInKeys.address(address), limit: SIGN_IN_LIMITS.perAddress },
    // The account's growing delay: a row exists only while the account must wait.
    { key: signInKeys.accountWait(email), limit: 0 },
  ]);
}

/** One more failed attempt (a wrong password or a wrong code) against the account and address. */
export async function countSignInFailure(email: string, address: string): Promise<void> {
  await Promise.all([
    hitRateLimit(signInKeys.pair(email, address), Infinity, SIGN_IN_LIMITS.windowSeconds),
    hitRateLimit(signInKeys.address(address), Infinity, SIGN_IN_LIMITS.windowSeconds),
    countAccountFailure(email),
  ]);
}

/**
 * Checks an email and password for signing in (no permission: anyone may try). Unknown email,
 * wrong password and deactivated account give the same answer; failures count against the
 * account and the address, and every attempt is audited.
 */
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const address = addressOf(input.ip);
  const waitMinutes = await signInWait(email, address);
  if (waitMinutes !== null) {
    await recordAudit(null, {
      action: "auth.sign_in_failed",
      summary: `Sign-in for ${email} refused: too many attempts`,
      details: { reason: "throttled" },
    });
    return { ok: false, reason: "throttled", retryAfterMinutes: waitMinutes };
  }

  const user = await getDb().user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      sessionVersion: true,
      passwordHash: true,
    },
  });
  const passwordOk = user
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await getDummyHash()), false);

  if (!user || !passwordOk || !user.isActive) {
    await countSignInFailure(email, address);
    const reason = !user ? "unknown_email" : !passwordOk ? "wrong_password" : "inactive";
    await recordAudit(null, {
      action: "auth.sign_in_failed",
      targetType: user ? "User" : undefined,
      targetId: user?.id,
      summary: `Failed sign-in for ${email}`,
      details: { reason },
    });
    return { ok: false, reason: "invalid" };
  }

  await resetRateLimit(signInKeys.pair(email, address));
  const sessionUser: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
  await recordAudit(sessionUser, {
    action: "auth.sign_in",
    targetType: "User",
    targetId: user.id,
    summary: `${user.email} signed in`,
  });
  return { ok: true, user: sessionUser };
}

/**
 * The actor a session token stands for, read fresh from the database: null when the account is
 * gone or deactivated, or when its session version moved on (signed out, role changed, password
 * reset), so an old token stops working at its next request.
 */
export async function loadActor(
  userId: string | undefined,
  sessionVersion: number | undefined,
): Promise<Actor | null> {
  if (!userId || typeof sessionVersion !== "number") return null;
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true },
  });
  if (!user?.isActive || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * Changes the actor's own password after checking the current one (needs only a session).
 * Every session of the account ends; the caller signs the person in again.
 */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
  const user = await getDb().user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, isActive: true },
  });
  if (!user?.isActive) throw new AppError("FORBIDDEN", "Your account is not active.");
  const key = `password-change:${actor.id}`;
  const wait = await throttledFor([{ key, limit: PASSWORD_CHANGE_LIMIT.attempts }]);
  if (wait !== null) throw new AppError("RATE_LIMITED", throttledMessage(wait));
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await hitRateLimit(key, Infinity, PASSWORD_CHANGE_LIMIT.windowSeconds);
    throw new FieldError("currentPassword", "Your current password is incorrect.");
  }
  await resetRateLimit(key);
  const passwordHash = await hashPassword(input.newPassword);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      actor,
      {
        action: "user.password_change",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} changed their password`,
      },
      tx,
    );
  });
}
