import "server-only";
import { type BuiltFeed, buildArticlesFeed, buildCommentsFeed } from "@/lib/feeds/build";
import {
  findFeedArticle,
  findFeedTerm,
  listFeedArticles,
  listFeedComments,
} from "@/lib/feeds/queries";
import { messages } from "@/lib/i18n/messages";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SiteSettings } from "@/lib/settings/schemas";
import { articlePath, feedPaths, termPath } from "@/lib/urls";

type Options = { now?: Date; db?: PrismaClient };

/** The whole site's news feed. */
export async function getSiteFeed(
  settings: SiteSettings,
  options: Options = {},
): Promise<BuiltFeed> {
  const articles = await listFeedArticles(null, options);
  return buildArticlesFeed(
    {
      title: settings.title,
      description: settings.tagline || settings.description,
      pagePath: "/",
      feedPath: feedPaths.site,
      language: settings.language,
    },
    articles,
  );
}

/** The news filed under one category, tag or region; null while no published news carries it. */
export async function getTermFeed(
  termId: string,
  settings: SiteSettings,
  options: Options = {},
): Promise<BuiltFeed | null> {
  const term = await findFeedTerm(termId, options);
  if (!term) return null;
  const { taxonomy, slug } = term;
  const articles = await listFeedArticles(term, options);
  return buildArticlesFeed(
    {
      title: messages.distribution.termFeedTitle(settings.title, term.name),
      description: term.description || settings.description,
      pagePath: termPath(taxonomy, slug),
      feedPath: feedPaths.term(taxonomy, slug),
      language: settings.language,
    },
    articles,
  );
}

/** Approved comments across the site. */
export async function getCommentsFeed(
  settings: SiteSettings,
  options: Options = {},
): Promise<BuiltFeed> {
  const comments = await listFeedComments(null, options);
  return buildCommentsFeed(
    {
      title: messages.distribution.commentsFeedTitle(settings.title),
      description: messages.distribution.commentsFeedDescription(settings.title),
      pagePath: "/",
      feedPath: feedPaths.comments,
      language: settings.language,
    },
    comments,
  );
}

/** Approved comments under one published news article; null when there is no such article. */
export async function getArticleCommentsFeed(
  articleId: string,
  settings: SiteSettings,
  options: Options = {},
): Promise<BuiltFeed | null> {
  const article = await findFeedArticle(articleId, options);
  if (!article) return null;
  const comments = await listFeedComments(article, options);
  return buildCommentsFeed(
    {
      title: messages.distribution.articleCommentsFeedTitle(article.title),
      description: messages.distribution.commentsFeedDescription(settings.title),
      pagePath: articlePath(article.kind, article.slug),
      feedPath: feedPaths.articleComments(article.slug),
      language: settings.language,
    },
    comments,
  );
}
