import { Feed, type Item } from "feed";
import { stripInvalidXmlChars } from "@/lib/feeds/xml-safe";
import { messages } from "@/lib/i18n/messages";
import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { htmlToText } from "@/lib/html-text";
import { absoluteUrl, articlePath, termPath } from "@/lib/urls";

/** Dates are ISO strings: feed data passes through the cache's JSON round trip. */
export type FeedArticle = {
  id: string;
  kind: ArticleKind;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  authorName: string;
  terms: { taxonomy: Taxonomy; name: string; slug: string }[];
};

export type FeedComment = {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  article: { kind: ArticleKind; slug: string; title: string };
};

export type FeedChannel = {
  /** Channel title as readers see it in their feed list. */
  title: string;
  description: string;
  /** The HTML page this feed follows, e.g. /tag/viasna. */
  pagePath: string;
  /** Where the feed itself lives, e.g. /tag/viasna/feed.xml. */
  feedPath: string;
  language: string;
};

export type BuiltFeed = { xml: string; lastModified: Date };

const clean = stripInvalidXmlChars;

/** The newest change in the feed; a feed with no items changes with its channel only. */
function latest(dates: string[]): Date {
  const times = dates.map((date) => Date.parse(date)).filter((time) => !Number.isNaN(time));
  // Whole seconds: Last-Modified and RFC 822 dates carry no milliseconds.
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000);
}

function newFeed(channel: FeedChannel, updated: Date): Feed {
  const feed = new Feed({
    id: absoluteUrl(channel.pagePath),
    title: clean(channel.title),
    description: clean(channel.description),
    link: absoluteUrl(channel.pagePath),
    feedLinks: { rss: absoluteUrl(channel.feedPath) },
    language: channel.language,
    // Fixed from the data, not the clock, so an unchanged feed keeps its ETag between requests.
    updated,
    generator: false,
    ttl: 30,
  });
  // Same writer limits as for items (see cdataChunks).
  feed.addExtension({ name: "title", objects: { _cdata: cdataChunks(clean(channel.title)) } });
  feed.addExtension({
    name: "description",
    objects: { _cdata: cdataChunks(clean(channel.description)) },
  });
  return feed;
}

/**
 * CDATA pieces that together hold `text`, split inside every `]]>` (which would end a section).
 * The library's XML writer splits only the first one, and its escaped-text mode decodes `&amp;`
 * first, so neither handles every input; a list of CDATA sections does.
 */
export function cdataChunks(text: string): string[] {
  const parts = text.split("]]>");
  return parts.map(
    (part, index) => `${index > 0 ? ">" : ""}${part}${index < parts.length - 1 ? "]]" : ""}`,
  );
}

function cdataFields(fields: {
  title: string;
  description: string;
  content: string;
  creator: string;
}) {
  return [
    { name: "title", objects: { _cdata: cdataChunks(fields.title) } },
    { name: "description", objects: { _cdata: cdataChunks(fields.description) } },
    { name: "content:encoded", objects: { _cdata: cdataChunks(fields.content) } },
    { name: "dc:creator", objects: { _cdata: cdataChunks(fields.creator) } },
  ];
}

function toItem(fields: {
  title: string;
  link: string;
  date: Date;
  description: string;
  content: string;
  creator: string;
  category?: Item["category"];
}): Item {
  const title = clean(fields.title);
  const description = clean(fields.description);
  const content = clean(fields.content);
  const creator = clean(fields.creator);
  return {
    title,
    link: fields.link,
    date: fields.date,
    description,
    content,
    category: fields.category,
    extensions: cdataFields({ title, description, content, creator }),
  };
}

/** RSS 2.0 for a list of published articles, newest first, with full content. */
export function buildArticlesFeed(channel: FeedChannel, articles: FeedArticle[]): BuiltFeed {
  const lastModified = latest(articles.map((article) => article.updatedAt));
  const feed = newFeed(channel, lastModified);
  for (const article of articles) {
    feed.addItem(
      toItem({
        title: article.title,
        link: absoluteUrl(articlePath(article.kind, article.slug)),
        date: new Date(article.publishedAt),
        description: article.excerpt || htmlToText(article.body).slice(0, 300),
        content: article.body,
        creator: article.authorName,
        category: article.terms.map((term) => ({
          name: clean(term.name),
          domain: absoluteUrl(termPath(term.taxonomy, term.slug)),
        })),
      }),
    );
  }
  return { xml: feed.rss2(), lastModified };
}

/** RSS 2.0 for approved comments, newest first; each links to its place under the article. */
export function buildCommentsFeed(channel: FeedChannel, comments: FeedComment[]): BuiltFeed {
  const lastModified = latest(comments.map((comment) => comment.updatedAt));
  const feed = newFeed(channel, lastModified);
  for (const comment of comments) {
    const articleUrl = absoluteUrl(articlePath(comment.article.kind, comment.article.slug));
    feed.addItem(
      toItem({
        title: messages.distribution.commentItemTitle(comment.authorName, comment.article.title),
        link: `${articleUrl}#comment-${comment.id}`,
        date: new Date(comment.createdAt),
        description: htmlToText(comment.body),
        content: comment.body,
        creator: comment.authorName,
      }),
    );
  }
  return { xml: feed.rss2(), lastModified };
}
