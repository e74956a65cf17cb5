import "server-only";
import { recordAudit } from "@/lib/audit";
import { countSignInFailure, signInWait, throttledMessage } from "@/lib/auth/service";
import { type PendingTicket, findTicket, markTicketReady } from "@/lib/auth/tickets";
import { spendRecoveryCode } from "@/lib/auth/two-factor/recovery";
import { verifyTotp } from "@/lib/auth/two-factor/totp";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type SecondStepMethod = "totp" | "recovery" | "security-key";

export type SecondStepResult =
  | { ok: true; ticket: PendingTicket }
  | { ok: false; reason: "expired" | "wrong" | "throttled"; message: string };

const t = () => staffMessages().twoFactor;

/**
 * Runs one second-step attempt for the ticket: throttled like the password (the same counters,
 * so wrong codes count), audited, and on success the ticket is marked ready for its session.
 * `check` says whether the proof is right for the ticket's account.
 */
export async function attemptSecondStep(
  token: string | undefined,
  method: SecondStepMethod,
  check: (ticket: PendingTicket) => Promise<boolean>,
): Promise<SecondStepResult> {
  const ticket = await findTicket(token);
  if (!ticket) return { ok: false, reason: "expired", message: t().expired };
  const wait = await signInWait(ticket.email, ticket.addressHash);
  if (wait !== null) {
    await recordAudit(null, {
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: ticket.userId,
      summary: `Second step for ${ticket.email} refused: too many attempts`,
      details: { reason: "throttled", method },
    });
    return { ok: false, reason: "throttled", message: throttledMessage(wait) };
  }
  if (!(await check(ticket))) {
    await countSignInFailure(ticket.email, ticket.addressHash);
    await recordAudit(null, {
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: ticket.userId,
      summary: `Wrong second step for ${ticket.email}`,
      details: { reason: "wrong_code", method },
    });
    return {
      ok: false,
      reason: "wrong",
      message: method === "recovery" ? t().wrongRecovery : t().wrongCode,
    };
  }
  await markTicketReady(ticket.id, method);
  if (method === "recovery") {
    await recordAudit(null, {
      action: "auth.recovery_code_used",
      targetType: "User",
      targetId: ticket.userId,
      summary: `${ticket.email} used a recovery code to sign in`,
    });
  }
  return { ok: true, ticket };
}

/** A code from the authenticator app, or a recovery code. */
export function checkCode(token: string | undefined, method: "totp" | "recovery", code: string) {
  return attemptSecondStep(token, method, (ticket) =>
    method === "totp" ? verifyTotp(ticket.userId, code) : spendRecoveryCode(ticket.userId, code),
  );
}
