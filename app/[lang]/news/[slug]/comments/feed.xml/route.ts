import { findPublishedArticleId } from "@/lib/articles/lookup";
import { getCachedArticleCommentsFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";
import { routeLocale } from "@/lib/i18n/page-locale";
import { parseSlugParam } from "@/lib/http/params";

export async function GET(
  request: Request,
  ctx: { params: Promise<{ lang: string; slug: string }> },
) {
  const { lang, slug: raw } = await ctx.params;
  const [locale, slug] = [await routeLocale(lang), parseSlugParam(raw)];
  const articleId = locale && slug ? await findPublishedArticleId(slug, "POST", locale.lang) : null;
  return feedResponse(
    request,
    locale && articleId ? await getCachedArticleCommentsFeed(articleId, locale) : null,
  );
}
