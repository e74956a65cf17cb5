/** What the link dialog makes of a typed address: the href to store, or why it cannot be one. */
export type LinkUrlCheck = { ok: true; href: string } | { ok: false; reason: "empty" | "invalid" };

const DOMAIN_START = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * Accepts what the sanitizer keeps: http(s) addresses with a host, mailto with an address, and
 * this site's own paths ("/news/…", not "//elsewhere"). "example.org/x" becomes https://…, and
 * "name@example.org" a mailto link, as Ghost and WordPress do.
 */
export function checkLinkUrl(typed: string): LinkUrlCheck {
  const value = typed.trim();
  if (!value) return { ok: false, reason: "empty" };
  if (/\s/.test(value)) return { ok: false, reason: "invalid" };
  if (value.startsWith("/")) {
    return value.startsWith("//") || value.includes("\\")
      ? { ok: false, reason: "invalid" }
      : { ok: true, href: value };
  }
  if (value.startsWith("#") && value.length > 1) return { ok: true, href: value };
  if (EMAIL.test(value)) return { ok: true, href: `mailto:${value}` };
  if (/^mailto:/i.test(value)) {
    return EMAIL.test(value.slice(7).split("?")[0] ?? "")
      ? { ok: true, href: value }
      : { ok: false, reason: "invalid" };
  }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : DOMAIN_START.test(value)
      ? `https://${value}`
      : null;
  if (!absolute) return { ok: false, reason: "invalid" };
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, reason: "invalid" };
  if (!url.hostname.includes(".") && url.hostname !== "localhost") {
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, href: absolute };
}
