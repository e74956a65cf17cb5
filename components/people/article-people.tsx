import { PersonCard } from "@/components/people/person-card";
import { actionMessages } from "@/lib/i18n/messages/actions";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { loadPeopleViews } from "@/lib/people/public-page";
import { listArticlePeopleSlugs } from "@/lib/people/queries";

/**
 * The cards of the people an article is about, below its text: two clicks to their postcard.
 * `letterLinks` (slug → address) lead from a card to the letter the article offers below it.
 */
export async function ArticlePeople({
  articleId,
  locale,
  letterLinks = {},
}: {
  articleId: string;
  locale: Locale;
  letterLinks?: Record<string, string>;
}) {
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
            {letterLinks[view.person.slug] && (
              <a
                href={letterLinks[view.person.slug]}
                className="text-accent hover:text-accent-dark mt-1 inline-block text-sm font-semibold underline underline-offset-4"
              >
                {actionMessages[locale.lang].kinds.write} ↓
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
