import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";

const cache = new Map<string, Buffer>();

/**
 * A 32-byte key for one purpose ("comment-form-token", "commenter-cookie" …), derived with HKDF
 * from the app's one secret (AUTH_SECRET or DATA_DIR/auth-secret), so a key leaked or misused in
 * one place cannot forge anything in another.
 */
export function getAppSecret(purpose: string): Buffer {
  const base = getAuthSecret();
  const cacheKey = `${purpose}\0${base}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", base, "campaign-news-cms", purpose, 32));
    cache.set(cacheKey, key);
  }
  return key;
}

function sign(purpose: string, payload: string): string {
  return createHmac("sha256", getAppSecret(purpose)).update(payload).digest("base64url");
}

/** Data as a string only this server can have made: base64url JSON and its HMAC for `purpose`. */
export function seal(purpose: string, data: unknown): string {
  const payload = Buffer.from(JSON.stringify(data)).toString("base64url");
  return `${payload}.${sign(purpose, payload)}`;
}

/** The data of a value made by `seal` for the same purpose, or null when altered or not ours. */
export function unseal(purpose: string, value: string | undefined | null): unknown {
  if (!value) return null;
  const [payload, mac, extra] = value.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
