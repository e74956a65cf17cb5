import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { parseSlugParam } from "@/lib/http/params";
import type { Locale } from "@/lib/i18n/locale";
import { pageLocale } from "@/lib/i18n/page-locale";
import { todayIn } from "@/lib/people/days";
import { listPublicPeople } from "@/lib/people/queries";
import { type PersonView, personView } from "@/lib/people/view";
import { getSiteSettings } from "@/lib/settings/queries";
import { personPath } from "@/lib/urls";

/** Today in the site's time zone: the day every count of days behind bars is for. */
export async function siteToday(): Promise<string> {
  return todayIn((await getSiteSettings()).timeZone);
}

/** Every published person as a page in `locale` shows them today. */
export async function loadPeopleViews(locale: Locale): Promise<PersonView[]> {
  const [people, today] = await Promise.all([listPublicPeople(locale.defaultLang), siteToday()]);
  return people.map((person) => personView(person, locale, today));
}

/**
 * The person a profile address names, in the address's language; a missing page for an unknown
 * or unpublished one. `suffix` is the rest of the address after the slug ("/postcard").
 */
export async function loadPersonPage(
  segment: string,
  rawSlug: string,
  suffix = "",
): Promise<{ view: PersonView; locale: Locale; today: string }> {
  const slug = parseSlugParam(rawSlug);
  if (slug === null) notFound();
  const locale = await pageLocale(segment, `${personPath(slug)}${suffix}`);
  const [views, today] = await Promise.all([loadPeopleViews(locale), siteToday()]);
  const view = views.find((one) => one.person.slug === slug);
  if (!view) {
    // A slug typed in other case: the one address.
    const other = views.find((one) => one.person.slug === slug.toLowerCase());
    if (other) permanentRedirect(`${personPath(other.person.slug, locale)}${suffix}`);
    notFound();
  }
  return { view, locale, today };
}
