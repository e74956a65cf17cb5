import { ICON_SIZES, type IconSize, getIcon, iconVersion } from "@/lib/icons/images";
import { iconPath } from "@/lib/urls";
import { notFoundResponse, pngResponse } from "@/lib/og/images";
import { getSiteSettings } from "@/lib/settings/queries";

/** /icons/<version>-<size>.png: immutable, since the version changes with what it shows. */
export async function GET(_request: Request, ctx: { params: Promise<{ file: string }> }) {
  const match = /^([A-Za-z0-9_-]{12})-(\d{2,3})\.png$/.exec((await ctx.params).file);
  const size = Number(match?.[2]) as IconSize;
  if (!match || !ICON_SIZES.includes(size)) return notFoundResponse();
  const settings = await getSiteSettings();
  const version = await iconVersion(settings);
  if (match[1] !== version) {
    return new Response(null, {
      status: 307,
      headers: { Location: iconPath(version, size), "Cache-Control": "public, max-age=60" },
    });
  }
  return pngResponse(await getIcon(settings, size));
}
