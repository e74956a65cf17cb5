import "server-only";
import { hkdfSync } from "node:crypto";
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
