import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { SIGN_IN_LIMITS } from "@/lib/auth/service";
import { clearAccountThrottles } from "@/lib/auth/throttle-keys";
import { getDb } from "@/lib/db";

export type SignInThrottle = {
  email: string;
  /** Until when the account waits for everyone (a guessing attack from many addresses). */
  accountWaitUntil: Date | null;
  /** How many addresses are blocked for this account, and until when the last one is. */
  blockedAddresses: number;
  addressesUntil: Date | null;
  /** Failed attempts against the account in the current hour, from anywhere. */
  recentFailures: number;
};

const PAIR = /^sign-in:pair:(.+):[^:]+$/;

/** Accounts whose sign-in is slowed down right now, newest end first. Needs user:manage. */
export async function listSignInThrottles(actor: Actor): Promise<SignInThrottle[]> {
  assertCan(actor, "user:manage");
  const rows = await getDb().rateLimit.findMany({
    where: { key: { startsWith: "sign-in:" }, resetAt: { gt: new Date() } },
    select: { key: true, count: true, resetAt: true },
  });
  const byEmail = new Map<string, SignInThrottle>();
  const entry = (email: string) => {
    let throttle = byEmail.get(email);
    if (!throttle) {
      throttle = {
        email,
        accountWaitUntil: null,
        blockedAddresses: 0,
        addressesUntil: null,
        recentFailures: 0,
      };
      byEmail.set(email, throttle);
    }
    return throttle;
  };
  for (const row of rows) {
    if (row.key.startsWith("sign-in:account-wait:")) {
      entry(row.key.slice("sign-in:account-wait:".length)).accountWaitUntil = row.resetAt;
    } else if (row.key.startsWith("sign-in:account:")) {
      entry(row.key.slice("sign-in:account:".length)).recentFailures = row.count;
    } else {
      const email = PAIR.exec(row.key)?.[1];
      if (email && row.count >= SIGN_IN_LIMITS.perAccountFromAddress) {
        const throttle = entry(email);
        throttle.blockedAddresses += 1;
        if (!throttle.addressesUntil || row.resetAt > throttle.addressesUntil) {
          throttle.addressesUntil = row.resetAt;
        }
      }
    }
  }
  return [...byEmail.values()]
    .filter((throttle) => throttle.accountWaitUntil || throttle.blockedAddresses > 0)
    .sort((a, b) => a.email.localeCompare(b.email));
}

/** Lets an account be signed in to again at once, from every address. Needs user:manage. */
export async function liftSignInThrottle(actor: Actor, email: string): Promise<number> {
  assertCan(actor, "user:manage");
  const address = email.trim().toLowerCase();
  return getDb().$transaction(async (tx) => {
    const lifted = await clearAccountThrottles(tx, address);
    await recordAudit(
      actor,
      {
        action: "auth.throttle_lift",
        targetType: "User",
        summary: `Lifted the sign-in throttle of ${address}`,
        details: { rows: lifted },
      },
      tx,
    );
    return lifted;
  });
}
