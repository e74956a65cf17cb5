import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { sendMail } from "@/lib/mail";
import { absoluteUrl } from "@/lib/urls";

/**
 * Removes another account's second factors, for someone who lost both their device and their
 * recovery codes (user:manage, never one's own): the authenticator app, every security key and
 * every recovery code go, and every session of the account ends, all in one transaction. It is
 * audited, and the owner is told by email. Returns whether that email went out.
 */
export async function resetSecondFactor(
  actor: Actor | null,
  userId: string,
): Promise<{ email: string; mailed: boolean }> {
  assertCan(actor, "user:manage");
  const t = staffMessages().twoFactor;
  if (actor.id === userId) throw new AppError("CONFLICT", t.resetSelf);
  const email = await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        totp: { select: { confirmedAt: true } },
        _count: { select: { securityKeys: true, recoveryCodes: true } },
      },
    });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    const app = !!user.totp?.confirmedAt;
    const { securityKeys, recoveryCodes } = user._count;
    if (!app && securityKeys === 0 && recoveryCodes === 0) {
      throw new AppError("CONFLICT", t.resetNothing);
    }
    // A setup never confirmed goes too: the owner starts afresh.
    await tx.totpCredential.deleteMany({ where: { userId } });
    await tx.securityKey.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.staffSession.updateMany({
      where: { userId, endedAt: null },
      data: { endedAt: new Date() },
    });
    await recordAudit(
      actor,
      {
        action: "user.two_factor_reset",
        targetType: "User",
        targetId: userId,
        summary: `Reset two-step verification of ${user.email}`,
        details: { authenticatorApp: app, securityKeys, recoveryCodes },
      },
      tx,
    );
    return user.email;
  });
  const mailed = await sendMail({
    to: email,
    lang: "en",
    subject: t.resetMailSubject,
    text: t.resetMailBody(actor.email, absoluteUrl("/login")),
  });
  return { email, mailed };
}
