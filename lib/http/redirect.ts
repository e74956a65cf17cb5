const BASE = "http://this-site.invalid";

/**
 * A redirect target taken from input (a form's returnTo, a sign-in callbackUrl), made safe: it
 * is parsed as a browser would parse it, then must stay on this site and under one of the
 * allowed path prefixes; anything else gives the fallback. Returns the path with its query.
 */
export function safeRedirectPath(
  raw: unknown,
  { allowed, fallback }: { allowed: readonly string[]; fallback: string },
): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return fallback;
  // Only a path is accepted: a scheme, "//" or "\" would make the browser go elsewhere.
  if (!raw.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname;
  // Parsing resolved any dot segments and percent-encoded dots; "//" may survive in the path.
  if (path.startsWith("//") || /%2e|%2f|%5c/i.test(path)) return fallback;
  const isAllowed = allowed.some(
    (prefix) => prefix === "/" || path === prefix || path.startsWith(`${prefix}/`),
  );
  return isAllowed ? `${path}${url.search}` : fallback;
}
