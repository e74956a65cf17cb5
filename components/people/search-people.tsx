import { PersonCard } from "@/components/people/person-card";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { loadPeopleViews } from "@/lib/people/public-page";
import { searchPeopleSlugs } from "@/lib/people/search";

/** The people a search names, above the articles: by any spelling of their names. */
export async function SearchPeople({ query, locale }: { query: string; locale: Locale }) {
  const slugs = await searchPeopleSlugs(query);
  if (slugs.length === 0) return null;
  const views = await loadPeopleViews(locale);
  const found = slugs.flatMap((slug) => views.filter((view) => view.person.slug === slug));
  if (found.length === 0) return null;
  const t = getMessages(locale.lang).people;
  return (
    <section aria-labelledby="search-people-heading" className="mt-8" data-search-people>
      <h2
        id="search-people-heading"
        className="text-muted mb-3 text-xs font-bold tracking-widest uppercase"
      >
        {t.searchHeading}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {found.map((view) => (
          <li key={view.person.slug}>
            <PersonCard view={view} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
