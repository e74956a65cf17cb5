import "server-only";
import { getSiteUrl } from "@/lib/env";

/**
 * True when a state-changing request comes from this site's own pages. Browsers send Origin on
 * every POST; when it is missing, Sec-Fetch-Site must say the request is same-origin or typed by
 * the person (none). A request with neither came from no browser page and is refused as well.
 * Server actions have Next's own Origin check; route handlers call this.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return allowedOrigins(request).has(origin);
  const site = request.headers.get("sec-fetch-site");
  return site === "same-origin" || site === "none";
}

function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set<string>([new URL(request.url).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto =
      request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
    allowed.add(`${proto}://${host}`);
  }
  try {
    allowed.add(new URL(getSiteUrl()).origin);
  } catch {
    // An unreadable SITE_URL adds nothing; the request's own host still counts.
  }
  return allowed;
}
