import "server-only";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import { getDb } from "@/lib/db";

const PERIOD = 30;

function totpFor(secret: string, label: string, issuer: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export type TotpSetup = { secret: string; uri: string; qrSvg: string };

/** The secret grouped by four, as people type it into an app. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * A new authenticator secret for the account, waiting for a code from the app (a confirmed one
 * stays in use until the new one is confirmed). The QR code is drawn here, as SVG.
 */
export async function beginTotpSetup(
  userId: string,
  label: string,
  issuer: string,
): Promise<TotpSetup> {
  const secret = new Secret({ size: 20 }).base32;
  await getDb().totpCredential.upsert({
    where: { userId },
    create: { userId, pendingSecret: secret },
    update: { pendingSecret: secret },
  });
  return describeSetup(secret, label, issuer);
}

export function describeSetup(secret: string, label: string, issuer: string): TotpSetup {
  const uri = totpFor(secret, label, issuer).toString();
  return { secret, uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/** Whether the account's authenticator app is on (since when) and a new secret is waiting. */
export async function totpStatus(
  userId: string,
): Promise<{ confirmedAt: Date | null; pendingSecret: string | null }> {
  const row = await getDb().totpCredential.findUnique({
    where: { userId },
    select: { confirmedAt: true, pendingSecret: true },
  });
  return { confirmedAt: row?.confirmedAt ?? null, pendingSecret: row?.pendingSecret ?? null };
}

/** The secret waiting to be confirmed, or null. */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const row = await getDb().totpCredential.findUnique({
    where: { userId },
    select: { pendingSecret: true },
  });
  return row?.pendingSecret ?? null;
}

/** The 30-second step a code belongs to, if it is valid for `secret` within one step of now. */
function stepOf(secret: string, code: string, now: number): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret, "", "").validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}

/**
 * Confirms the pending secret with a code from the app: it becomes the account's authenticator.
 * False when there is none pending or the code is wrong.
 */
export async function confirmTotp(
  userId: string,
  code: string,
  now = Date.now(),
): Promise<boolean> {
  const secret = await pendingTotpSecret(userId);
  if (!secret) return false;
  const step = stepOf(secret, code, now);
  if (step === null) return false;
  await getDb().totpCredential.update({
    where: { userId },
    data: { secret, pendingSecret: null, confirmedAt: new Date(now), lastStep: BigInt(step) },
  });
  return true;
}

/**
 * Checks a sign-in code against the account's confirmed authenticator. A code is accepted once:
 * the step it belongs to must be later than the last one accepted, checked and recorded in one
 * statement, so two requests with one code cannot both pass.
 */
export async function verifyTotp(userId: string, code: string, now = Date.now()): Promise<boolean> {
  const row = await getDb().totpCredential.findUnique({
    where: { userId },
    select: { secret: true, confirmedAt: true },
  });
  if (!row?.secret || !row.confirmedAt) return false;
  const step = stepOf(row.secret, code, now);
  if (step === null) return false;
  const { count } = await getDb().totpCredential.updateMany({
    where: { userId, confirmedAt: { not: null }, lastStep: { lt: BigInt(step) } },
    data: { lastStep: BigInt(step) },
  });
  return count === 1;
}
