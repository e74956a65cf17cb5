import { ResponsiveImage } from "@/components/site/responsive-image";
import Link from "next/link";
import "./article-blocks.css";
import type { ReactNode } from "react";
import type { BoxContext } from "@/components/actions/action-box";
import { ArticleBody } from "@/components/actions/article-body";
import { TakeAction, offerId } from "@/components/actions/take-action";
import { ArticlePeople } from "@/components/people/article-people";
import { ArticleCard } from "@/components/site/article-card";
import { CategoryLine } from "@/components/site/category-line";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { ShareLinks } from "@/components/site/share-links";
import { EMBED_SCRIPT, renderArticleBody } from "@/lib/articles/body-render";
import {
  countApprovedComments,
  getArticleNeighbours,
  listRelatedArticles,
} from "@/lib/articles/queries";
import { loadArticleActions } from "@/lib/actions/page-actions";
import type { ArticleViewData } from "@/lib/articles/view";
import { formatDate } from "@/lib/format";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { Alternate } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getSiteSettings } from "@/lib/settings/queries";
import { absoluteUrl, articlePath, termPath } from "@/lib/urls";

type Props = {
  article: ArticleViewData;
  /** The article's own language (its address's). */
  locale: Locale;
  /** Its published versions in the site's languages, itself included. */
  alternates: Alternate[];
  /** The comments under a news story (static list, or the live view with the visitor's own). */
  commentsSlot?: ReactNode;
  /** Staff preview of an unpublished version: no neighbours, related stories or counts. */
  isPreview?: boolean;
};

const TAXONOMIES: Taxonomy[] = ["CATEGORY", "TAG", "REGION"];

/** An article or background page exactly as readers see it (the staff preview renders this too). */
export async function ArticleView({
  article,
  locale,
  alternates,
  commentsSlot,
  isPreview = false,
}: Props) {
  const messages = getMessages(locale.lang);
  const body = renderArticleBody(article.bodyHtml, messages.blocks);
  const t = messages.article;
  const termLabels: Record<Taxonomy, string> = {
    CATEGORY: t.categories,
    TAG: t.tags,
    REGION: t.regions,
  };
  const isPost = article.kind === "POST";
  const showExtras = isPost && !isPreview && article.publishedAt !== null;
  const [settings, actions, neighbours, related, commentCount] = await Promise.all([
    getSiteSettings(),
    loadArticleActions({ id: article.id, bodyHtml: body.html }, locale),
    showExtras ? getArticleNeighbours(article.id, article.publishedAt!, locale.lang) : null,
    showExtras ? listRelatedArticles(article.id, locale.lang) : [],
    showExtras ? countApprovedComments(article.id) : 0,
  ]);
  const url = absoluteUrl(articlePath(article.kind, article.slug, locale));
  const categories = article.terms.filter((term) => term.taxonomy === "CATEGORY");
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  const updated = new Date(article.updatedAt);
  const wasUpdated = published && updated.getTime() - published.getTime() > 24 * 60 * 60 * 1000;
  const boxContext: BoxContext = {
    locale,
    timeZone: settings.timeZone,
    url,
    guidance: actions.targets.guidance,
  };
  // The article's person cards link to the letter "Take action" offers each of them.
  const letterLinks = Object.fromEntries(
    actions.offers.flatMap((shown, index) =>
      shown.kind === "write" ? [[shown.view.person.slug, `#${offerId(index)}`]] : [],
    ),
  );

  return (
    <>
      {!isPreview && <LanguageSwitcher locale={locale} alternates={alternates} />}
      <article className="mx-auto max-w-3xl" lang={locale.lang}>
        {isPreview && (
          <p
            role="status"
            className="border-accent text-accent mb-6 rounded border-2 border-dashed bg-white px-4 py-3 font-semibold"
          >
            {t.previewBanner}
          </p>
        )}
        <header>
          {isPost && categories.length > 0 && (
            <CategoryLine categories={categories} language={locale} />
          )}
          <h1 className="text-ink mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">
            {article.title}
          </h1>
          {article.excerpt && isPost && (
            <p className="text-muted mt-4 text-lg leading-relaxed">{article.excerpt}</p>
          )}
          {isPost && (
            <p className="border-line text-muted mt-4 flex flex-wrap gap-x-3 gap-y-1 border-y py-3 text-sm">
              <span>
                {t.by} <span className="text-ink font-semibold">{article.author.name}</span>
              </span>
              {published && (
                <span>
                  {t.published}{" "}
                  <time dateTime={article.publishedAt!}>
                    {formatDate(published, settings.timeZone, locale.lang)}
                  </time>
                </span>
              )}
              {wasUpdated && (
                <span>
                  {t.updated}{" "}
                  <time dateTime={article.updatedAt}>
                    {formatDate(updated, settings.timeZone, locale.lang)}
                  </time>
                </span>
              )}
              {showExtras && (
                <a href="#comments" className="hover:text-accent underline underline-offset-4">
                  {t.comments(commentCount)}
                </a>
              )}
            </p>
          )}
        </header>

        {article.cover && (
          <figure className="mt-6">
            <ResponsiveImage
              image={article.cover}
              sizes="(min-width: 768px) 768px, 100vw"
              alt={article.cover.alt}
              priority
              className="bg-line h-auto w-full rounded"
            />
            {(article.cover.caption || article.cover.credit) && (
              <figcaption className="text-muted mt-2 text-sm">
                {article.cover.caption}
                {article.cover.caption && article.cover.credit && " "}
                {article.cover.credit && <span className="italic">{article.cover.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}

        <ArticleBody html={body.html} parts={actions.parts} context={boxContext} />
        {body.hasEmbeds ? <script src={EMBED_SCRIPT} async /> : null}

        <ArticlePeople articleId={article.id} locale={locale} letterLinks={letterLinks} />

        <TakeAction actions={actions} context={boxContext} />

        {isPost && article.terms.length > 0 && (
          <section aria-label={t.filedUnder} className="mt-10 space-y-2 text-sm">
            {TAXONOMIES.map((taxonomy) => {
              const label = termLabels[taxonomy];
              const terms = article.terms.filter((term) => term.taxonomy === taxonomy);
              if (terms.length === 0) return null;
              return (
                <p key={taxonomy}>
                  <span className="font-semibold">{label}:</span>{" "}
                  {terms.map((term, index) => (
                    <span key={term.slug}>
                      {index > 0 && ", "}
                      <Link
                        href={termPath(taxonomy, term.slug, locale)}
                        rel="tag"
                        className="text-accent hover:text-accent-dark underline underline-offset-4"
                      >
                        {term.name}
                      </Link>
                    </span>
                  ))}
                </p>
              );
            })}
          </section>
        )}

        {!isPreview && <ShareLinks url={url} title={article.title} lang={locale.lang} />}

        {neighbours && (neighbours.previous || neighbours.next) && (
          <nav aria-label={t.storyNavigation} className="mt-10 grid gap-4 sm:grid-cols-2">
            {neighbours.next && (
              <Link
                href={articlePath("POST", neighbours.next.slug, locale)}
                className="border-line hover:border-accent rounded border bg-white p-4 sm:order-2 sm:text-right"
              >
                <span className="text-accent block text-xs font-bold tracking-widest uppercase">
                  {t.nextStory} →
                </span>
                <span className="mt-1 block font-serif text-lg font-bold">
                  {neighbours.next.title}
                </span>
              </Link>
            )}
            {neighbours.previous && (
              <Link
                href={articlePath("POST", neighbours.previous.slug, locale)}
                className="border-line hover:border-accent rounded border bg-white p-4 sm:order-1"
              >
                <span className="text-accent block text-xs font-bold tracking-widest uppercase">
                  ← {t.previousStory}
                </span>
                <span className="mt-1 block font-serif text-lg font-bold">
                  {neighbours.previous.title}
                </span>
              </Link>
            )}
          </nav>
        )}

        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="mt-12">
            <h2 id="related-heading" className="font-serif text-2xl font-bold">
              {t.related}
            </h2>
            <ul className="mt-4 space-y-8">
              {related.map((story) => (
                <li key={story.id}>
                  <ArticleCard
                    article={story}
                    timeZone={settings.timeZone}
                    locale={locale}
                    headingLevel="h3"
                  />
                </li>
              ))}
            </ul>
          </section>
        )}

        {isPost && commentsSlot && (
          <div id="comments" className="mt-12 scroll-mt-4">
            {commentsSlot}
          </div>
        )}
      </article>
    </>
  );
}
