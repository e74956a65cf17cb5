import type { Metadata } from "next";
import { z } from "zod";
import { BirthdaysSoon } from "@/components/people/birthdays-soon";
import { PeopleFilter } from "@/components/people/people-filter";
import { PersonCard } from "@/components/people/person-card";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { everyLanguage } from "@/lib/i18n/alternates";
import { getMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadPeopleViews, siteToday } from "@/lib/people/public-page";
import { listPersonStatuses } from "@/lib/people/queries";
import { textIn } from "@/lib/people/record";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { peoplePath } from "@/lib/urls";

// Filters come from the query: rendered per request, from the cached people read.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A filter value from the query: a key or slug, else no filter. */
const filterValue = z
  .string()
  .regex(/^[\p{Ll}\p{Nd}-]{1,200}$/u)
  .optional()
  .catch(undefined);

async function resolve({ params, searchParams }: Props) {
  const [{ lang }, query] = await Promise.all([params, searchParams]);
  const filters = {
    status: filterValue.parse(query.status),
    region: filterValue.parse(query.region),
  };
  const locale = await pageLocale(lang, peoplePath(undefined, filters));
  return { locale, filters };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, filters } = await resolve(props);
  const t = getMessages(locale.lang).people;
  const metadata = buildListMetadata(
    {
      title: t.listTitle,
      description: t.listIntro,
      path: peoplePath(locale),
      alternates: everyLanguage(locale, "/people"),
    },
    await getSiteSettings(),
    locale,
  );
  // A filtered list is a view of the one list: not a page of its own for search engines.
  return filters.status || filters.region
    ? { ...metadata, robots: { index: false, follow: true } }
    : metadata;
}

/** Everyone the campaign stands for, filterable by status and region, with birthdays soon. */
export default async function PeoplePage(props: Props) {
  const { locale, filters } = await resolve(props);
  const [views, statuses, today] = await Promise.all([
    loadPeopleViews(locale),
    listPersonStatuses(),
    siteToday(),
  ]);
  const t = getMessages(locale.lang).people;
  const shown = views.filter(
    (view) =>
      (!filters.status || view.person.status.key === filters.status) &&
      (!filters.region || view.person.regions.some((region) => region.slug === filters.region)),
  );
  const regions = new Map<string, string>();
  for (const view of views) {
    for (const region of view.person.regions) {
      regions.set(region.slug, textIn(region.names, locale.lang, locale.defaultLang).text);
    }
  }

  return (
    <>
      <LanguageSwitcher locale={locale} alternates={everyLanguage(locale, "/people")} />
      <div className="max-w-4xl space-y-8">
        <header>
          <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.listTitle}</h1>
          <p className="text-muted mt-3 text-lg leading-relaxed">{t.listIntro}</p>
        </header>
        <BirthdaysSoon views={views} today={today} locale={locale} />
        <PeopleFilter
          locale={locale}
          filters={filters}
          statuses={statuses
            .filter((status) => views.some((view) => view.person.status.key === status.key))
            .map((status) => ({
              value: status.key,
              label: textIn(status.names, locale.lang, "en").text,
            }))}
          regions={[...regions]
            .map(([value, label]) => ({ value, label }))
            .sort((a, b) => a.label.localeCompare(b.label, locale.lang))}
        />
        <section aria-labelledby="people-count">
          <h2 id="people-count" className="text-muted text-sm font-semibold" role="status">
            {t.count(shown.length)}
          </h2>
          {shown.length === 0 ? (
            <p className="mt-4">{t.none}</p>
          ) : (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {shown.map((view) => (
                <li key={view.person.slug}>
                  <PersonCard view={view} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
