import "server-only";
import { createHmac } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { type ChoosePasswordInput } from "@/lib/auth/invitations-schemas";
import { hashPassword } from "@/lib/auth/password";
import { hashIp } from "@/lib/auth/secret";
import { clearAccountThrottles } from "@/lib/auth/throttle-keys";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { sendMail } from "@/lib/mail";
import { hitRateLimit } from "@/lib/rate-limit";
import { getAppSecret, seal, unseal } from "@/lib/secrets";
import { absoluteUrl } from "@/lib/urls";

export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

/** Requests per hour: per address typed, and per client IP (hashed). */
export const RESET_REQUEST_LIMITS = { perEmail: 3, perIp: 10, windowSeconds: 60 * 60 } as const;

const PURPOSE = "password-reset-link";
const t = () => staffMessages().passwordReset;

type ResetUser = { id: string; email: string; passwordHash: string; sessionVersion: number };

/**
 * Ties a link to the account's password and session version: nothing is stored, and once the
 * password is set (or the person signs out everywhere) every earlier link stops working.
 */
function fingerprint(user: ResetUser, expiresAt: number): string {
  return createHmac("sha256", getAppSecret(PURPOSE))
    .update(`${user.id}\n${user.passwordHash}\n${user.sessionVersion}\n${expiresAt}`)
    .digest("base64url");
}

/**
 * Sends a reset link to an active account with this address (no permission: anyone may ask).
 * The caller shows the same answer whatever happened; requests are throttled per address and
 * per client, and the mail goes out after the answer so its timing tells nothing either.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  const { perEmail, perIp, windowSeconds } = RESET_REQUEST_LIMITS;
  const [byEmail, byIp] = await Promise.all([
    hitRateLimit(`password-reset:email:${input.email}`, perEmail, windowSeconds),
    hitRateLimit(
      `password-reset:ip:${input.ip ? hashIp(input.ip) : "unknown"}`,
      perIp,
      windowSeconds,
    ),
  ]);
  if (!byEmail.allowed || !byIp.allowed) throw new AppError("RATE_LIMITED", t().throttled);
  const user = await getDb().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  const sent = !!user?.isActive;
  await recordAudit(null, {
    action: "auth.password_reset_request",
    targetType: user ? "User" : undefined,
    targetId: user?.id,
    summary: `Password reset link requested for ${input.email}`,
    details: { sent },
  });
  if (!user || !sent) return;
  void sendMail({
    to: user.email,
    lang: "en",
    subject: t().mailSubject,
    text: t().mailBody(passwordResetLink(user, now)),
  });
}

/**
 * A reset link for the account, working for an hour (and only until its password or session
 * version changes). For the forgotten-password form above and an admin's "send a reset link".
 */
export function passwordResetLink(user: ResetUser, now = new Date()): string {
  const expiresAt = now.getTime() + RESET_LINK_TTL_MS;
  const token = seal(PURPOSE, { u: user.id, e: expiresAt, f: fingerprint(user, expiresAt) });
  return absoluteUrl(`/reset/${token}`);
}

/** The account a reset link stands for while it still works, or null (no permission). */
export async function findResetAccount(token: string, now = new Date()): Promise<ResetUser | null> {
  const data = unseal(PURPOSE, token) as { u?: unknown; e?: unknown; f?: unknown } | null;
  if (!data || typeof data.u !== "string" || typeof data.e !== "number") return null;
  if (typeof data.f !== "string" || data.e <= now.getTime()) return null;
  const user = await getDb().user.findUnique({
    where: { id: data.u },
    select: { id: true, email: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  if (!user?.isActive || fingerprint(user, data.e) !== data.f) return null;
  return user;
}

/**
 * Sets a new password from a reset link (no permission: the link is the proof), ends every
 * session of the account and lifts its sign-in throttles. The link works once.
 */
export async function resetPasswordWithLink(
  input: ChoosePasswordInput,
  now = new Date(),
): Promise<{ id: string; email: string }> {
  const refused = new AppError("INVALID", t().badLink);
  const user = await findResetAccount(input.token, now);
  if (!user) throw refused;
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    // Only if nothing changed since the link was checked, so a link cannot be used twice at once.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw refused;
    await clearAccountThrottles(tx, user.email);
    await recordAudit(
      null,
      {
        action: "user.password_reset_link",
        targetType: "User",
        targetId: user.id,
        summary: `${user.email} set a new password with a reset link`,
      },
      tx,
    );
    return { id: user.id, email: user.email };
  });
}
