import { webManifest } from "@/lib/icons/images";
import { getSiteSettings } from "@/lib/settings/queries";

/** The web app manifest, made from the site's settings. */
export async function GET() {
  return new Response(JSON.stringify(await webManifest(await getSiteSettings())), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600, s-maxage=60, stale-while-revalidate=300",
    },
  });
}
