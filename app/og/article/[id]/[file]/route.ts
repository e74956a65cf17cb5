import {
  getArticleShareImage,
  notFoundResponse,
  pngResponse,
  versionFromFile,
} from "@/lib/og/images";
import { parseIdParam } from "@/lib/http/params";
import { getSiteSettings } from "@/lib/settings/queries";

export async function GET(
  _request: Request,
  ctx: { params: Promise<{ id: string; file: string }> },
) {
  const { id: rawId, file } = await ctx.params;
  const id = parseIdParam(rawId);
  const version = versionFromFile(file);
  if (!id || !version) return notFoundResponse();
  const image = await getArticleShareImage(id, version, await getSiteSettings());
  if (image.kind === "missing") return notFoundResponse();
  if (image.kind === "moved") {
    return new Response(null, {
      status: 307,
      headers: { Location: image.path, "Cache-Control": "public, max-age=300" },
    });
  }
  return pngResponse(image.png);
}
