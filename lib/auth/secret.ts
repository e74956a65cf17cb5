import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs session cookies and hashes IP addresses: AUTH_SECRET when set, otherwise a
 * random key made once and kept in DATA_DIR/auth-secret (0600), so sessions survive restarts. It
 * is never stored in the database, where the settings screens could show it.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    console.warn(
      `AUTH_SECRET is not set: using the key in ${file}; set AUTH_SECRET when several instances serve the site.`,
    );
  }
  cached = readOrCreateSecret(file);
  return cached;
}

function readOrCreateSecret(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": when two processes start together, the first one's key wins and both read it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  }
}

/** A keyed hash of an IP address, so rate limits never store the address itself. */
export function hashIp(ip: string): string {
  return createHmac("sha256", getAuthSecret()).update(`ip:${ip}`).digest("base64url").slice(0, 32);
}
