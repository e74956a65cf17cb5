/** The longest slug a route accepts; anything longer names nothing. */
const SLUG_MAX = 200;
// C0 and C1 controls, DEL, slashes and backslashes never appear in a slug.
const NOT_IN_SLUG = /[\u0000-\u001f\u007f-\u009f/\\]/;

/**
 * A slug from a route segment (which Next.js hands over still percent-encoded when it is not
 * ASCII), decoded once; null when it cannot name anything: a broken escape, invalid UTF-8, a
 * control character or NUL, a slash, or too long. Callers answer null with a 404.
 */
export function parseSlugParam(raw: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (slug.length === 0 || slug.length > SLUG_MAX || NOT_IN_SLUG.test(slug)) return null;
  // A lone surrogate is not text; PostgreSQL would refuse it.
  if (!slug.isWellFormed()) return null;
  return slug;
}

/** Text a visitor typed (a search), with what PostgreSQL cannot store removed: NUL and controls. */
export function cleanVisitorText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").toWellFormed();
}

/** An id from a route or a query (cuid-like): letters, digits, `_` and `-`; otherwise null. */
export function parseIdParam(raw: string | null | undefined): string | null {
  return typeof raw === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
}
