import "server-only";
import { createHash, randomInt } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A code as typed: case, spaces and dashes do not matter. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

function hashCode(code: string): string {
  return createHash("sha256")
    .update(`recovery:${normalise(code)}`)
    .digest("base64url");
}

function newCode(): string {
  let raw = "";
  for (let i = 0; i < 10; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/**
 * Replaces the account's recovery codes with ten new ones and returns them: the only time they
 * are seen, since only their hashes are stored. 10 characters of 31 give 49 bits each.
 */
export async function replaceRecoveryCodes(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashCode(code) })),
  });
  return codes;
}

/** Uses up a recovery code: true once, for an unused code of this account. */
export async function spendRecoveryCode(userId: string, code: string): Promise<boolean> {
  const normalised = normalise(code);
  if (!/^[2-9A-Z]{10}$/.test(normalised)) return false;
  const { count } = await getDb().recoveryCode.updateMany({
    where: { userId, codeHash: hashCode(normalised), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
