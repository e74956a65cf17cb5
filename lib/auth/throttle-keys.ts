import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The rate-limit rows of sign-in throttling. The address part is a keyed hash (never the address
 * itself), made by the caller.
 */
export const signInKeys = {
  pair: (email: string, addressHash: string) => `sign-in:pair:${email}:${addressHash}`,
  address: (addressHash: string) => `sign-in:ip:${addressHash}`,
  account: (email: string) => `sign-in:account:${email}`,
  accountWait: (email: string) => `sign-in:account-wait:${email}`,
};

/** Every row that slows down signing in to this account, from any address. */
function accountThrottleWhere(email: string): Prisma.RateLimitWhereInput {
  return {
    OR: [
      { key: { startsWith: `sign-in:pair:${email}:` } },
      { key: signInKeys.account(email) },
      { key: signInKeys.accountWait(email) },
    ],
  };
}

/** Lets the account be signed in to again at once, from everywhere. */
export async function clearAccountThrottles(
  db: PrismaClient | Prisma.TransactionClient,
  email: string,
): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: accountThrottleWhere(email) });
  return count;
}
