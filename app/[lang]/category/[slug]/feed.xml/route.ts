import { getCachedTermFeed } from "@/lib/feeds/cached";
import { feedResponse } from "@/lib/feeds/http";
import { parseSlugParam } from "@/lib/http/params";
import { routeLocale } from "@/lib/i18n/page-locale";
import { findPublicTermId } from "@/lib/site/queries";

export async function GET(
  request: Request,
  ctx: { params: Promise<{ lang: string; slug: string }> },
) {
  const { lang, slug: raw } = await ctx.params;
  const [locale, slug] = [await routeLocale(lang), parseSlugParam(raw)];
  const termId = locale && slug ? await findPublicTermId("CATEGORY", slug, locale.lang) : null;
  return feedResponse(request, locale && termId ? await getCachedTermFeed(termId, locale) : null);
}
