import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Pagination } from "@/components/site/pagination";
import { listArticlesByTerm } from "@/lib/articles/queries";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { Alternate } from "@/lib/i18n/alternates";
import { type Locale, inLanguage } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { parseSlugParam } from "@/lib/http/params";
import { parsePageNumber } from "@/lib/search/schemas";
import { getSiteSettings } from "@/lib/settings/queries";
import { siteTexts } from "@/lib/settings/schemas";
import { getTermBySlug, listTermLanguages } from "@/lib/site/queries";
import { buildListMetadata } from "@/lib/seo/metadata";
import { type PathLanguage, feedPaths, termPath } from "@/lib/urls";

export type ArchiveParams = Promise<{ lang: string; slug: string; page?: string }>;

function heading(locale: Locale, taxonomy: Taxonomy, name: string): string {
  const t = getMessages(locale.lang).archive;
  return { CATEGORY: t.category, TAG: t.tag, REGION: t.region }[taxonomy](name);
}

/** A page of an archive; without a language, the default language's address. */
const archivePath = (taxonomy: Taxonomy, slug: string, page: number, language?: PathLanguage) =>
  page === 1
    ? termPath(taxonomy, slug, language)
    : `${termPath(taxonomy, slug, language)}/page/${page}`;

/**
 * The archive an address names, in its language: a missing page unless published news in that
 * language carries the term; an old or other-language slug moves to the term's slug here.
 */
async function resolve(taxonomy: Taxonomy, params: ArchiveParams) {
  const { lang, slug: rawSlug, page: rawPage } = await params;
  const slug = parseSlugParam(rawSlug);
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (slug === null || page === null) notFound();
  const locale = await pageLocale(lang, archivePath(taxonomy, slug, page));
  const term = await getTermBySlug(taxonomy, slug, locale.lang);
  if (!term) notFound();
  if (term.canonicalSlug !== slug || rawPage === "1") {
    permanentRedirect(archivePath(taxonomy, term.canonicalSlug, page, locale));
  }
  return { page, term, locale };
}

async function archiveAlternates(
  taxonomy: Taxonomy,
  termId: string,
  locale: Locale,
): Promise<Alternate[]> {
  const languages = await listTermLanguages(termId, locale.languages);
  return languages.map(({ lang, slug }) => ({
    lang,
    path: inLanguage(lang, locale.defaultLang, termPath(taxonomy, slug)),
  }));
}

export async function archiveMetadata(
  taxonomy: Taxonomy,
  params: ArchiveParams,
): Promise<Metadata> {
  const { page, term, locale } = await resolve(taxonomy, params);
  if (page > (await listArticlesByTerm(term.id, locale.lang, page)).totalPages) notFound();
  const title = heading(locale, taxonomy, term.name);
  const settings = await getSiteSettings();
  const t = getMessages(locale.lang);
  return buildListMetadata(
    {
      title: page > 1 ? `${title} (${t.pagination.pageN(page)})` : title,
      description: term.description,
      path: termPath(taxonomy, term.slug, locale),
      page,
      feedPath: feedPaths.term(taxonomy, term.slug, locale),
      feedTitle: t.distribution.termFeedTitle(siteTexts(settings, locale.lang).title, term.name),
      alternates: await archiveAlternates(taxonomy, term.id, locale),
    },
    settings,
    locale,
  );
}

/** A category, tag or region archive: the term's name and description, then its news, paginated. */
export async function TermArchive({
  taxonomy,
  params,
}: {
  taxonomy: Taxonomy;
  params: ArchiveParams;
}) {
  const { page, term, locale } = await resolve(taxonomy, params);
  const [result, settings, alternates] = await Promise.all([
    listArticlesByTerm(term.id, locale.lang, page),
    getSiteSettings(),
    archiveAlternates(taxonomy, term.id, locale),
  ]);
  if (page > result.totalPages) notFound();
  const t = getMessages(locale.lang);

  return (
    <>
      <LanguageSwitcher locale={locale} alternates={alternates} />
      <section aria-labelledby="archive-heading" className="max-w-3xl">
        <h1 id="archive-heading" className="font-serif text-3xl font-bold sm:text-4xl">
          {heading(locale, taxonomy, term.name)}
        </h1>
        {term.description && (
          <p className="text-muted mt-3 text-lg leading-relaxed">{term.description}</p>
        )}
        {result.total === 0 ? (
          <p className="text-muted mt-8">{t.archive.empty}</p>
        ) : (
          <ArticleList articles={result.items} timeZone={settings.timeZone} locale={locale} />
        )}
        <Pagination
          page={page}
          totalPages={result.totalPages}
          hrefFor={(n) => archivePath(taxonomy, term.slug, n, locale)}
          locale={locale}
        />
      </section>
    </>
  );
}
