import { type NextRequest, NextResponse } from "next/server";
import { internalHostname } from "@/lib/env";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/http/flash-names";

/** Set on /admin requests so pages know where to return after sign-in. */
export const ADMIN_PATH_HEADER = "x-admin-path";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large tokens are split into `<name>.0`, `<name>.1`, …
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((c) => name === c || name.startsWith(`${c}.`)));
}

/**
 * Sends visitors of /admin without a session cookie to the sign-in page. It only looks for the
 * cookie: whether the session is valid and what the role may do is decided by every page and
 * action on the server.
 */
export function adminProxy(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return undefined;
  const path = `${pathname}${search}`;
  if (!hasSessionCookie(request)) {
    const url = new URL("/login", request.url);
    // Named by the host Next.js knows itself by, so the Location it sends is a bare path.
    url.hostname = internalHostname() ?? url.hostname;
    url.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set(ADMIN_PATH_HEADER, path);
  // A redirect's message is shown once: the page gets it, the browser forgets it.
  headers.delete(FLASH_HEADER);
  const flash = request.cookies.get(FLASH_COOKIE)?.value;
  if (flash) headers.set(FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers } });
  if (flash) response.cookies.delete({ name: FLASH_COOKIE, path: "/admin" });
  return response;
}
