import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { listArticlesByTerm } from "@/lib/articles/queries";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import { messages } from "@/lib/i18n/messages";
import { parseSlugParam } from "@/lib/http/params";
import { parsePageNumber } from "@/lib/search/schemas";
import { getSiteSettings } from "@/lib/settings/queries";
import { getTermBySlug } from "@/lib/site/queries";
import { buildListMetadata } from "@/lib/seo/metadata";
import { feedPaths, termPath } from "@/lib/urls";

export type ArchiveParams = Promise<{ slug: string; page?: string }>;

const HEADINGS: Record<Taxonomy, (name: string) => string> = {
  CATEGORY: messages.archive.category,
  TAG: messages.archive.tag,
  REGION: messages.archive.region,
};

const archiveHref = (taxonomy: Taxonomy, slug: string) => (page: number) =>
  page === 1 ? termPath(taxonomy, slug) : `${termPath(taxonomy, slug)}/page/${page}`;

async function resolve(taxonomy: Taxonomy, params: ArchiveParams) {
  const { slug: rawSlug, page: rawPage } = await params;
  const slug = parseSlugParam(rawSlug);
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  const term = page === null || slug === null ? null : await getTermBySlug(taxonomy, slug);
  return { slug, page, term, rawPage };
}

export async function archiveMetadata(
  taxonomy: Taxonomy,
  params: ArchiveParams,
): Promise<Metadata> {
  const { page, term } = await resolve(taxonomy, params);
  if (!term || !page || page > (await listArticlesByTerm(term.id, page)).totalPages) notFound();
  const heading = HEADINGS[taxonomy](term.name);
  const settings = await getSiteSettings();
  return buildListMetadata(
    {
      title: page > 1 ? `${heading} (${messages.pagination.pageN(page)})` : heading,
      description: term.description,
      path: termPath(taxonomy, term.slug),
      page,
      feedPath: feedPaths.term(taxonomy, term.slug),
      feedTitle: messages.distribution.termFeedTitle(settings.title, term.name),
    },
    settings,
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
  const { page, term, rawPage } = await resolve(taxonomy, params);
  if (!term || page === null) notFound();
  if (rawPage === "1") permanentRedirect(termPath(taxonomy, term.slug));
  const [result, settings] = await Promise.all([
    listArticlesByTerm(term.id, page),
    getSiteSettings(),
  ]);
  if (page > result.totalPages) notFound();

  return (
    <section aria-labelledby="archive-heading" className="max-w-3xl">
      <h1 id="archive-heading" className="font-serif text-3xl font-bold sm:text-4xl">
        {HEADINGS[taxonomy](term.name)}
      </h1>
      {term.description && (
        <p className="text-muted mt-3 text-lg leading-relaxed">{term.description}</p>
      )}
      {result.total === 0 ? (
        <p className="text-muted mt-8">{messages.archive.empty}</p>
      ) : (
        <ArticleList articles={result.items} timeZone={settings.timeZone} />
      )}
      <Pagination
        page={page}
        totalPages={result.totalPages}
        hrefFor={archiveHref(taxonomy, term.slug)}
      />
    </section>
  );
}
