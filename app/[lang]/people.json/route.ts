import { cacheTags } from "@/lib/cache-tags";
import { xmlResponse } from "@/lib/feeds/http";
import { routeLocale } from "@/lib/i18n/page-locale";
import { personData } from "@/lib/people/json";
import { loadPeopleViews, siteToday } from "@/lib/people/public-page";
import { absoluteUrl, peopleDataPath, peoplePath } from "@/lib/urls";

/**
 * Everyone on the public people list as JSON, for other sites and bots to reuse: what the pages
 * show, names and texts in every language the record has. Staff-only fields are never in it.
 */
export async function GET(request: Request, ctx: { params: Promise<{ lang: string }> }) {
  const locale = await routeLocale((await ctx.params).lang);
  if (!locale) return new Response("Not found", { status: 404 });
  const [views, today] = await Promise.all([loadPeopleViews(locale), siteToday()]);
  const body = JSON.stringify(
    {
      url: absoluteUrl(peopleDataPath(locale)),
      list: absoluteUrl(peoplePath(locale)),
      generatedFor: today,
      defaultLanguage: locale.defaultLang,
      languages: locale.languages,
      people: views.map((view) => personData(view, today)),
    },
    null,
    2,
  );
  const lastModified = new Date(
    Math.max(0, ...views.map((view) => Date.parse(view.person.updatedAt))) || Date.now(),
  );
  return xmlResponse(request, body, lastModified, "application/json; charset=utf-8", [
    cacheTags.people,
    cacheTags.settings,
  ]);
}
