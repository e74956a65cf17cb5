import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getAppSecret, seal, unseal } from "@/lib/secrets";
/** A form older than this is refused, so old tokens cannot be collected and replayed later. */
export const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const COMMENTER_COOKIE = "commenter";
/** How long the visitor's own pending comments stay visible to them. */
const COMMENTER_COOKIE_MAX_AGE = 7 * 24 * 60 * 60;
const COMMENTER_COOKIE_LIMIT = 20;

type FormTokenData = { articleId: string; issuedAt: number; nonce: string };

/** A signed token for one comment form: which article, when it was rendered, and a single-use id. */
export function issueFormToken(articleId: string, now = new Date()): string {
  return seal("comment-form-token", {
    a: articleId,
    t: now.getTime(),
    n: randomBytes(12).toString("base64url"),
  });
}

export type FormTokenCheck =
  { ok: true; data: FormTokenData } | { ok: false; reason: "invalid" | "too-fast" | "expired" };

/** Checks signature, article and age; replay is checked against the UsedToken table by the service. */
export function checkFormToken(
  token: string,
  articleId: string,
  now = new Date(),
  minAgeMs = getEnv().COMMENT_TOKEN_MIN_AGE_MS,
): FormTokenCheck {
  const data = unseal("comment-form-token", token) as { a?: unknown; t?: unknown; n?: unknown };
  if (
    !data ||
    typeof data.a !== "string" ||
    typeof data.t !== "number" ||
    typeof data.n !== "string" ||
    data.a !== articleId
  ) {
    return { ok: false, reason: "invalid" };
  }
  const age = now.getTime() - data.t;
  // A form filled in faster than this was filled in by a program.
  if (age < minAgeMs) return { ok: false, reason: "too-fast" };
  if (age > TOKEN_MAX_AGE_MS) return { ok: false, reason: "expired" };
  return { ok: true, data: { articleId: data.a, issuedAt: data.t, nonce: data.n } };
}

/** One comment the visitor wrote and may still see while it waits: its id and article slug. */
export type CommenterEntry = { id: string; slug: string };

/** The signed cookie listing the visitor's own recent comments (no name, no email). */
export function readCommenterCookie(value: string | undefined | null): CommenterEntry[] {
  const data = unseal("commenter-cookie", value) as { c?: unknown; e?: unknown } | null;
  if (!data || !Array.isArray(data.c) || typeof data.e !== "number" || data.e < Date.now()) {
    return [];
  }
  return (data.c as unknown[]).filter((entry): entry is CommenterEntry => {
    const candidate = entry as Partial<CommenterEntry> | null;
    return typeof candidate?.id === "string" && typeof candidate.slug === "string";
  });
}

export function writeCommenterCookie(entries: CommenterEntry[], now = new Date()): string {
  return seal("commenter-cookie", {
    c: entries.slice(-COMMENTER_COOKIE_LIMIT),
    e: now.getTime() + COMMENTER_COOKIE_MAX_AGE * 1000,
  });
}

const commenterCookieBase = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  maxAge: COMMENTER_COOKIE_MAX_AGE,
};

/** The commenter cookie's options; Secure when the site is served over https. */
export function commenterCookieOptions() {
  const env = getEnv();
  return {
    ...commenterCookieBase,
    secure: env.NODE_ENV === "production" && !!env.SITE_URL?.startsWith("https:"),
  };
}

/** A link token that turns off reply notifications for one email address. */
export function issueUnsubscribeToken(email: string): string {
  return seal("comment-unsubscribe", { m: email });
}

export function readUnsubscribeToken(token: string | undefined | null): string | null {
  const data = unseal("comment-unsubscribe", token) as { m?: unknown } | null;
  return data && typeof data.m === "string" ? data.m : null;
}

/**
 * A keyed hash of an IP address whose key changes every UTC day, so stored hashes cannot be
 * matched across days or reversed by trying every address without the secret.
 */
export function hashIpAddress(ip: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const dailyKey = createHmac("sha256", getAppSecret("comment-ip-hash")).update(day).digest();
  return createHmac("sha256", dailyKey).update(ip).digest("base64url").slice(0, 32);
}

/** Rate-limit key for an email address, without writing the address into the table. */
export function hashEmail(email: string): string {
  return createHmac("sha256", getAppSecret("comment-email-key"))
    .update(email.toLowerCase())
    .digest("base64url")
    .slice(0, 32);
}
