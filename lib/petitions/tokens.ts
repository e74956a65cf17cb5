import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getAppSecret, seal, unseal } from "@/lib/secrets";

/** A sign form older than this is refused, so collected tokens cannot be replayed later. */
export const SIGN_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A signed token for one sign form: which petition, when it was shown, and a single-use id. */
export function issueSignToken(petitionId: string, now = new Date()): string {
  return seal("petition-sign-token", {
    p: petitionId,
    t: now.getTime(),
    n: randomBytes(12).toString("base64url"),
  });
}

export type SignTokenCheck =
  | { ok: true; nonce: string; issuedAt: number }
  | { ok: false; reason: "invalid" | "too-fast" | "expired" };

/** Signature, petition and age; the service refuses a nonce already used (UsedToken). */
export function checkSignToken(
  token: string,
  petitionId: string,
  now = new Date(),
  // The comment form's minimum: a form sent faster than a person types was sent by a program.
  minAgeMs = getEnv().COMMENT_TOKEN_MIN_AGE_MS,
): SignTokenCheck {
  const data = unseal("petition-sign-token", token) as { p?: unknown; t?: unknown; n?: unknown };
  if (!data || data.p !== petitionId || typeof data.t !== "number" || typeof data.n !== "string") {
    return { ok: false, reason: "invalid" };
  }
  const age = now.getTime() - data.t;
  if (age < minAgeMs) return { ok: false, reason: "too-fast" };
  if (age > SIGN_TOKEN_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true, nonce: data.n, issuedAt: data.t };
}

/**
 * The keyed hash that finds a second signature with the same address: the key is the site's
 * secret, and the petition's id goes into it, so hashes cannot be matched across petitions, nor
 * reversed by trying addresses without the secret.
 */
export function signerEmailHash(petitionId: string, email: string): string {
  return createHmac("sha256", getAppSecret("petition-signer-email"))
    .update(`${petitionId}\n${email.trim().toLowerCase()}`)
    .digest("base64url");
}

/** The rate-limit key of an address, the same on every petition (a flood is one address). */
export function signerRateKey(email: string): string {
  return createHmac("sha256", getAppSecret("petition-rate-email"))
    .update(email.trim().toLowerCase())
    .digest("base64url")
    .slice(0, 32);
}

/**
 * The rate-limit key of a signer's IP address: keyed with a secret of its own that changes every
 * UTC day, so it matches no comment's IP hash and no other day's key; kept only in the limit's
 * window row, which expires with it.
 */
export function signerIpKey(ip: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const dailyKey = createHmac("sha256", getAppSecret("petition-ip")).update(day).digest();
  return createHmac("sha256", dailyKey).update(ip).digest("base64url").slice(0, 32);
}

type LinkPurpose = "confirm" | "withdraw";

/** The token in a confirmation email's links; it names the signature and nothing else. */
export function issueSignatureLink(purpose: LinkPurpose, signatureId: string): string {
  return seal(`petition-${purpose}`, { s: signatureId });
}

export function readSignatureLink(purpose: LinkPurpose, token: string | null | undefined) {
  const data = unseal(`petition-${purpose}`, token) as { s?: unknown } | null;
  return data && typeof data.s === "string" ? data.s : null;
}
