import { getCachedTermFeed } from "@/lib/feeds/cached";
import { decodeSlug, feedResponse } from "@/lib/feeds/http";

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = decodeSlug((await ctx.params).slug);
  return feedResponse(request, await getCachedTermFeed("TAG", slug));
}
