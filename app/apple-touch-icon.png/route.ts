import { getIcon } from "@/lib/icons/images";
import { getSiteSettings } from "@/lib/settings/queries";

/** iOS asks for /apple-touch-icon.png when a reader adds the site to the home screen. */
export async function GET() {
  const png = await getIcon(await getSiteSettings(), 180);
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=3600, s-maxage=60, stale-while-revalidate=300",
    },
  });
}
