import { type NextRequest, NextResponse } from "next/server";
import { adminProxy } from "@/lib/auth/proxy";
import { languageProxy } from "@/lib/i18n/proxy";
import { redirectProxy } from "@/lib/redirects/proxy";
import { withOnionLocation } from "@/lib/site/onion-location";

/**
 * Runs before routing. Each part returns a response when it has something to say (an old
 * address's 301, a redirect to sign-in, a rewrite to a language's pages or the live article view)
 * or undefined to pass the request on. Public pages are told the onion address, when the site
 * has one. Permissions are never decided here: every action and route checks them on the server.
 */
export async function proxy(request: NextRequest) {
  const answer = (await redirectProxy(request)) ?? adminProxy(request);
  if (answer) return answer;
  return withOnionLocation(request, languageProxy(request) ?? NextResponse.next());
}

export const config = {
  // Not the WordPress export upload: Next.js copies a body the proxy sees into memory and cuts it
  // at proxyClientMaxBodySize; the route streams exports of hundreds of MB to disk and checks
  // the session itself.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|apple-touch-icon.png|embed-facade.js|enhance/|manifest.webmanifest|icons/|demo/|media/|admin/import/upload$).*)",
  ],
};
