import { getCachedTermFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";
import { parseSlugParam } from "@/lib/http/params";
import { findPublicTermId } from "@/lib/site/queries";

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await ctx.params).slug);
  const termId = slug ? await findPublicTermId("CATEGORY", slug) : null;
  return feedResponse(request, termId ? await getCachedTermFeed(termId) : null);
}
