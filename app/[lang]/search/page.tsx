import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Pagination } from "@/components/site/pagination";
import { SearchPeople } from "@/components/people/search-people";
import { SearchSnippet } from "@/components/site/search-snippet";
import { formatDate } from "@/lib/format";
import { everyLanguage } from "@/lib/i18n/alternates";
import { LANGUAGES } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { searchArticles } from "@/lib/search/queries";
import { MAX_QUERY_LENGTH, parseSearchParams } from "@/lib/search/schemas";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { articlePath, searchPath } from "@/lib/urls";

// Results depend on the query: rendered per request (recent searches are kept in memory). The
// results are plain links: no client component to render per hit, and a reader on a slow line
// does not prefetch ten articles they may never open.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale((await params).lang, "/search", await searchParams);
  const { query } = parseSearchParams(await searchParams);
  const t = getMessages(locale.lang).search;
  return buildListMetadata(
    {
      title: query ? t.resultsFor(query) : t.title,
      path: searchPath(locale, query || undefined),
    },
    await getSiteSettings(),
    locale,
  );
}

const searchHref = (locale: Locale, query: string) => (page: number) =>
  `${searchPath(locale, query)}${page > 1 ? `&page=${page}` : ""}`;

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale((await params).lang, "/search", await searchParams);
  const messages = getMessages(locale.lang);
  const t = messages.search;
  const { query, truncated, page } = parseSearchParams(await searchParams);
  const settings = await getSiteSettings();
  const results = query && page ? await searchArticles(query, page, locale.lang) : null;
  const alternates = everyLanguage(
    locale,
    query ? `/search?q=${encodeURIComponent(query)}` : "/search",
  );

  return (
    <>
      <LanguageSwitcher locale={locale} alternates={alternates} />
      <section aria-labelledby="search-heading" className="max-w-3xl">
        <h1 id="search-heading" className="font-serif text-3xl font-bold">
          {query ? t.resultsFor(query) : t.title}
        </h1>
        <form action={searchPath(locale)} method="get" role="search" className="mt-6 flex gap-2">
          <label htmlFor="search-query" className="sr-only">
            {messages.site.searchLabel}
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={MAX_QUERY_LENGTH}
            className="border-line min-w-0 flex-1 rounded border bg-white px-3 py-2"
          />
          <button
            type="submit"
            className="bg-navy hover:bg-accent rounded px-4 py-2 font-semibold text-white"
          >
            {t.submit}
          </button>
        </form>
        {truncated && <p className="text-muted mt-4 text-sm">{t.truncated(MAX_QUERY_LENGTH)}</p>}

        {!query && <p className="text-muted mt-8">{t.empty}</p>}
        {query && page === null && <p className="text-muted mt-8">{t.pageOutOfRange}</p>}
        {results?.suggestion && results.suggestion !== query.toLocaleLowerCase() && (
          <p className="mt-6" data-did-you-mean>
            {t.didYouMean}{" "}
            <a
              href={searchPath(locale, results.suggestion)}
              className="text-accent font-semibold underline"
            >
              {results.suggestion}
            </a>
            ?
          </p>
        )}
        {query && page === 1 && <SearchPeople query={query} locale={locale} />}
        {results && results.total === 0 && <p className="text-muted mt-8">{t.noResults(query)}</p>}
        {results && results.total > 0 && results.hits.length === 0 && (
          <p className="text-muted mt-8">
            {t.pageOutOfRange}{" "}
            <a
              href={searchHref(locale, query)(results.totalPages)}
              className="text-accent underline"
            >
              {t.lastPage(results.totalPages)}
            </a>
          </p>
        )}
        {results && results.hits.length > 0 && (
          <>
            <p className="text-muted mt-6 text-sm" role="status">
              {t.count(results.total)}
              {results.alsoSearched.length > 0 && (
                <span data-also-searched>
                  {" · "}
                  {t.alsoSearched} {results.alsoSearched.join(", ")}
                </span>
              )}
            </p>
            <ol className="divide-line mt-4 divide-y">
              {results.hits.map((hit) => {
                const foreign = hit.language !== locale.lang;
                return (
                  <li key={hit.id} className="py-6" lang={foreign ? hit.language : undefined}>
                    <h2 className="font-serif text-xl font-bold">
                      <a
                        href={articlePath(hit.kind, hit.slug, {
                          lang: hit.language,
                          defaultLang: locale.defaultLang,
                        })}
                        hrefLang={foreign ? hit.language : undefined}
                        className="hover:text-accent hover:underline"
                      >
                        {hit.title}
                      </a>
                    </h2>
                    <p className="text-muted mt-1 text-sm">
                      <time dateTime={hit.publishedAt}>
                        {formatDate(new Date(hit.publishedAt), settings.timeZone, locale.lang)}
                      </time>
                      {foreign && (
                        <span lang={locale.lang}>
                          {" · "}
                          {messages.language.inLanguage(LANGUAGES[hit.language].name)}
                        </span>
                      )}
                    </p>
                    <p className="mt-2 leading-relaxed">
                      <SearchSnippet snippet={hit.snippet} />
                    </p>
                  </li>
                );
              })}
            </ol>
            <Pagination
              page={results.page}
              totalPages={results.totalPages}
              hrefFor={searchHref(locale, query)}
              order="relevance"
              locale={locale}
            />
          </>
        )}
      </section>
    </>
  );
}
