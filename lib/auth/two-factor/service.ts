import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { throttledMessage } from "@/lib/auth/service";
import { replaceRecoveryCodes } from "@/lib/auth/two-factor/recovery";
import { getTwoFactorPolicy, policyRequires, secondFactorsOf } from "@/lib/auth/two-factor/policy";
import { beginTotpSetup, confirmTotp } from "@/lib/auth/two-factor/totp";
import { getDb } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit";
import { getSiteSettings } from "@/lib/settings/queries";

const t = () => staffMessages().twoFactor;

/** Wrong confirmation codes allowed per account while setting up an app, per 15 minutes. */
const CONFIRM_LIMIT = { attempts: 10, windowSeconds: 15 * 60 } as const;

/** Starts (or restarts) setting up an authenticator app for the actor's own account. */
export async function startAuthenticatorSetup(actor: Actor): Promise<void> {
  const { title } = await getSiteSettings();
  await beginTotpSetup(actor.id, actor.email, title);
}

/** Drops a secret shown for setup that was never confirmed. */
export async function cancelAuthenticatorSetup(actor: Actor): Promise<void> {
  await getDb().totpCredential.updateMany({
    where: { userId: actor.id },
    data: { pendingSecret: null },
  });
  await getDb().totpCredential.deleteMany({ where: { userId: actor.id, secret: null } });
}

/**
 * Confirms the authenticator app with a code it shows. Returns new recovery codes when the
 * account had none (its first second factor), else an empty list.
 */
export async function confirmAuthenticator(actor: Actor, code: string): Promise<string[]> {
  const key = `totp-confirm:${actor.id}`;
  const limit = await hitRateLimit(key, CONFIRM_LIMIT.attempts, CONFIRM_LIMIT.windowSeconds);
  if (!limit.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      throttledMessage(Math.max(1, Math.ceil(limit.retryAfterSeconds / 60))),
    );
  }
  if (!(await confirmTotp(actor.id, code))) throw new FieldError("code", t().confirmWrong);
  await resetRateLimit(key);
  return getDb().$transaction(async (tx) => {
    const codesLeft = await tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
    const codes = codesLeft === 0 ? await replaceRecoveryCodes(tx, actor.id) : [];
    await recordAudit(
      actor,
      {
        action: "user.two_factor_app_on",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} set up an authenticator app`,
      },
      tx,
    );
    return codes;
  });
}

/** Refuses when removing `what` would leave an account the policy holds to a second factor without one. */
export async function assertNotLastFactor(
  actor: Actor,
  what: "totp" | "security-key",
): Promise<void> {
  const factors = await secondFactorsOf(actor.id);
  const left =
    (what === "totp" ? 0 : Number(factors.totp)) +
    factors.securityKeys -
    (what === "security-key" ? 1 : 0);
  if (left > 0 || !policyRequires(await getTwoFactorPolicy(), actor.role)) return;
  throw new AppError("CONFLICT", t().lastFactor);
}

/** Turns off the actor's authenticator app. */
export async function removeAuthenticator(actor: Actor): Promise<void> {
  await assertNotLastFactor(actor, "totp");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.totpCredential.deleteMany({ where: { userId: actor.id } });
    if (count === 0) return;
    await recordAudit(
      actor,
      {
        action: "user.two_factor_app_off",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} turned off their authenticator app`,
      },
      tx,
    );
  });
}

/** Ten new recovery codes for the actor (the old ones stop working); needs a second factor. */
export async function regenerateRecoveryCodes(actor: Actor): Promise<string[]> {
  const factors = await secondFactorsOf(actor.id);
  if (!factors.totp && factors.securityKeys === 0) throw new AppError("CONFLICT", t().codesNone);
  return getDb().$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(
      actor,
      {
        action: "user.recovery_codes_new",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} made new recovery codes`,
      },
      tx,
    );
    return codes;
  });
}
