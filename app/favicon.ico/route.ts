import { getFaviconIco } from "@/lib/icons/images";
import { getSiteSettings } from "@/lib/settings/queries";

/** Browsers ask for /favicon.ico on every site; it follows the site's name, colour and logo. */
export async function GET() {
  const ico = await getFaviconIco(await getSiteSettings());
  return new Response(new Uint8Array(ico), {
    headers: {
      "Content-Type": "image/x-icon",
      "Cache-Control": "public, max-age=3600, s-maxage=60, stale-while-revalidate=300",
    },
  });
}
