import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/seo/robots";

// SITE_URL is read when the site starts, not when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsRules();
}
