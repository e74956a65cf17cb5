import { getLogoImage, notFoundResponse, pngResponse, versionFromFile } from "@/lib/og/images";
import { getSiteSettings } from "@/lib/settings/queries";

export async function GET(_request: Request, ctx: { params: Promise<{ file: string }> }) {
  const version = versionFromFile((await ctx.params).file);
  const png = version && (await getLogoImage(version, await getSiteSettings()));
  return png ? pngResponse(png) : notFoundResponse();
}
