import { PersonCard } from "@/components/people/person-card";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { loadPeopleViews } from "@/lib/people/public-page";
import { listArticlePeopleSlugs } from "@/lib/people/queries";

/** The cards of the people an article is about, below its text: two clicks to their postcard. */
export async function ArticlePeople({ articleId, locale }: { articleId: string; locale: Locale }) {
  const slugs = await listArticlePeopleSlugs(articleId);
  if (slugs.length === 0) return null;
  const views = (await loadPeopleViews(locale)).filter((view) => slugs.includes(view.person.slug));
  if (views.length === 0) return null;
  const t = getMessages(locale.lang).people;
  return (
    <section aria-labelledby="article-people-heading" className="mt-10">
      <h2
        id="article-people-heading"
        className="text-muted mb-3 text-xs font-bold tracking-widest uppercase"
      >
        {t.peopleInStory}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {views.map((view) => (
          <li key={view.person.slug}>
            <PersonCard view={view} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
