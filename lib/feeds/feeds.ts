import "server-only";
import { type BuiltFeed, buildArticlesFeed, buildCommentsFeed } from "@/lib/feeds/build";
import {
  findFeedArticle,
  findFeedTerm,
  listFeedArticles,
  listFeedComments,
} from "@/lib/feeds/queries";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MirrorSettings } from "@/lib/settings/mirrors";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";
import { articlePath, feedPaths, homePath, termPath } from "@/lib/urls";

/** `mirrors`: the site's mirrors and onion address, named at the end of every item. */
type Options = { now?: Date; db?: PrismaClient; mirrors?: MirrorSettings };

const channelLanguage = (locale: Locale, options: Options) => ({
  language: locale.lang,
  defaultLang: locale.defaultLang,
  mirrors: options.mirrors,
});

/** A language's news feed: only the news written in it. */
export async function getSiteFeed(
  settings: SiteSettings,
  locale: Locale,
  options: Options = {},
): Promise<BuiltFeed> {
  const texts = siteTexts(settings, locale.lang);
  const articles = await listFeedArticles(null, locale.lang, options);
  return buildArticlesFeed(
    {
      title: texts.title,
      description: texts.tagline || texts.description,
      pagePath: homePath(locale),
      feedPath: feedPaths.site(locale),
      ...channelLanguage(locale, options),
    },
    articles,
  );
}

/**
 * The news in a language filed under one category, tag or region; null while no published news
 * in that language carries it.
 */
export async function getTermFeed(
  termId: string,
  settings: SiteSettings,
  locale: Locale,
  options: Options = {},
): Promise<BuiltFeed | null> {
  const term = await findFeedTerm(termId, locale.lang, options);
  if (!term) return null;
  const { taxonomy, slug } = term;
  const texts = siteTexts(settings, locale.lang);
  const articles = await listFeedArticles(term, locale.lang, options);
  return buildArticlesFeed(
    {
      title: getMessages(locale.lang).distribution.termFeedTitle(texts.title, term.name),
      description: term.description || texts.description,
      pagePath: termPath(taxonomy, slug, locale),
      feedPath: feedPaths.term(taxonomy, slug, locale),
      ...channelLanguage(locale, options),
    },
    articles,
  );
}

/** Approved comments on the articles in a language. */
export async function getCommentsFeed(
  settings: SiteSettings,
  locale: Locale,
  options: Options = {},
): Promise<BuiltFeed> {
  const t = getMessages(locale.lang).distribution;
  const title = siteTexts(settings, locale.lang).title;
  const comments = await listFeedComments(null, locale.lang, options);
  return buildCommentsFeed(
    {
      title: t.commentsFeedTitle(title),
      description: t.commentsFeedDescription(title),
      pagePath: homePath(locale),
      feedPath: feedPaths.comments(locale),
      ...channelLanguage(locale, options),
    },
    comments,
  );
}

/** Approved comments under one published news article; null when there is no such article. */
export async function getArticleCommentsFeed(
  articleId: string,
  settings: SiteSettings,
  locale: Locale,
  options: Options = {},
): Promise<BuiltFeed | null> {
  const article = await findFeedArticle(articleId, locale.lang, options);
  if (!article) return null;
  const t = getMessages(locale.lang).distribution;
  const comments = await listFeedComments(article, locale.lang, options);
  return buildCommentsFeed(
    {
      title: t.articleCommentsFeedTitle(article.title),
      description: t.commentsFeedDescription(siteTexts(settings, locale.lang).title),
      pagePath: articlePath(article.kind, article.slug, locale),
      feedPath: feedPaths.articleComments(article.slug, locale),
      ...channelLanguage(locale, options),
    },
    comments,
  );
}
