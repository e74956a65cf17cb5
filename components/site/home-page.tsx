import Link from "next/link";
import { notFound } from "next/navigation";
import { HomeBirthdays } from "@/components/people/birthdays-soon";
import { ArticleCard } from "@/components/site/article-card";
import { ArticleList } from "@/components/site/article-list";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Pagination } from "@/components/site/pagination";
import { getFeaturedArticle, listPublishedArticles } from "@/lib/articles/queries";
import { everyLanguage } from "@/lib/i18n/alternates";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getSiteSettings } from "@/lib/settings/queries";
import { getNavigation } from "@/lib/site/queries";
import { termPath } from "@/lib/urls";

/** The path of a page of the latest news, without a language prefix. */
export const homePagePath = (page: number) => (page === 1 ? "/" : `/page/${page}`);

/**
 * A language's home page and its older pages (/page/2 …): featured story on page 1, then the
 * latest news in that language.
 */
export async function HomePage({ page, locale }: { page: number; locale: Locale }) {
  const [result, featured, settings, navigation] = await Promise.all([
    listPublishedArticles(locale.lang, page),
    page === 1 ? getFeaturedArticle(locale.lang) : null,
    getSiteSettings(),
    getNavigation(locale.lang),
  ]);
  if (page > result.totalPages) notFound();
  const messages = getMessages(locale.lang);
  const t = messages.home;
  const latest = result.items.filter((article) => article.id !== featured?.id);

  return (
    <>
      <LanguageSwitcher locale={locale} alternates={everyLanguage(locale, "/")} />
      <div className="grid gap-12 lg:grid-cols-[1fr_14rem]">
        <div>
          {page === 1 && <HomeBirthdays locale={locale} />}
          {featured && (
            <section
              aria-labelledby="featured-heading"
              className="border-line mb-12 border-b pb-12"
            >
              <h2
                id="featured-heading"
                className="text-muted mb-4 text-xs font-bold tracking-widest uppercase"
              >
                {t.featured}
              </h2>
              <ArticleCard
                article={featured}
                timeZone={settings.timeZone}
                locale={locale}
                headingLevel="h3"
                featured
              />
            </section>
          )}
          <section aria-labelledby="latest-heading">
            <h1 id="latest-heading" className="font-serif text-3xl font-bold">
              {page === 1 ? t.latestNews : t.pageTitle(page)}
            </h1>
            {result.total === 0 ? (
              <p className="text-muted mt-6">{t.noArticles}</p>
            ) : (
              <ArticleList articles={latest} timeZone={settings.timeZone} locale={locale} />
            )}
            <Pagination
              page={page}
              totalPages={result.totalPages}
              hrefFor={(n) => localePath(locale, homePagePath(n))}
              locale={locale}
            />
          </section>
        </div>
        {/* On a phone the footer lists the same categories and regions, right below. */}
        <aside className="lg:border-line hidden space-y-8 text-sm lg:block lg:border-l lg:pl-8">
          {[
            {
              heading: messages.site.browseCategories,
              taxonomy: "CATEGORY" as const,
              links: navigation.categories,
            },
            {
              heading: messages.site.browseRegions,
              taxonomy: "REGION" as const,
              links: navigation.regions,
            },
          ].map((group) => (
            <nav key={group.taxonomy} aria-label={group.heading}>
              <h2 className="font-bold tracking-wide uppercase">{group.heading}</h2>
              <ul className="mt-3 space-y-2">
                {group.links.map((link) => (
                  <li key={link.slug}>
                    <Link
                      href={termPath(group.taxonomy, link.slug, locale)}
                      className="text-accent underline-offset-4 hover:underline"
                    >
                      {link.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ))}
        </aside>
      </div>
    </>
  );
}
