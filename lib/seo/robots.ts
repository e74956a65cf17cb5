import type { MetadataRoute } from "next";
import { SITEMAP_PATH } from "@/lib/seo/sitemap";
import { absoluteUrl } from "@/lib/urls";

/** Crawlers stay out of the staff area, sign-in, the API and live-update endpoints. */
const ROBOTS_DISALLOW = ["/admin", "/login", "/api", "/news/*/live", "/*/news/*/live"] as const;

export function robotsRules(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...ROBOTS_DISALLOW] },
    sitemap: absoluteUrl(SITEMAP_PATH),
  };
}
