import { getCachedCommentsFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";
import { routeLocale } from "@/lib/i18n/page-locale";

export async function GET(request: Request, ctx: { params: Promise<{ lang: string }> }) {
  const locale = await routeLocale((await ctx.params).lang);
  return feedResponse(request, locale ? await getCachedCommentsFeed(locale) : null);
}
