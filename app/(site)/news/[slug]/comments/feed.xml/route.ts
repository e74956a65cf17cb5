import { findPublishedArticleId } from "@/lib/articles/queries";
import { getCachedArticleCommentsFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";
import { parseSlugParam } from "@/lib/http/params";

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await ctx.params).slug);
  const articleId = slug ? await findPublishedArticleId(slug, "POST") : null;
  return feedResponse(request, articleId ? await getCachedArticleCommentsFeed(articleId) : null);
}
