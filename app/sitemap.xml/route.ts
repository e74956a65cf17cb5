import type { NextRequest } from "next/server";
import { xmlResponse } from "@/lib/feeds/http";
import { SITEMAP_CONTENT_TYPE, buildSitemap } from "@/lib/seo/sitemap";
import { SITEMAP_TAGS, getCachedSitemapEntries } from "@/lib/seo/sitemap-queries";
import { getSiteSettings } from "@/lib/settings/queries";

async function sitemapEntries() {
  const { defaultLanguage, languages } = await getSiteSettings();
  return getCachedSitemapEntries({ defaultLanguage, languages });
}

/** /sitemap.xml, or past 50,000 URLs a sitemap index whose parts are /sitemap.xml?part=<n>. */
export async function GET(request: NextRequest) {
  const rawPart = request.nextUrl.searchParams.get("part");
  const part = rawPart === null ? undefined : Number(rawPart);
  const sitemap =
    part === undefined || (Number.isInteger(part) && part >= 1)
      ? buildSitemap(await sitemapEntries(), { part })
      : null;
  if (!sitemap) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return xmlResponse(
    request,
    sitemap.xml,
    sitemap.lastModified,
    SITEMAP_CONTENT_TYPE,
    SITEMAP_TAGS,
  );
}
