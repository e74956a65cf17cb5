import { stripInvalidXmlChars } from "@/lib/feeds/xml-safe";
import { htmlToText } from "@/lib/html-text";
import type { Lang } from "@/lib/i18n/languages";
import { getMessages } from "@/lib/i18n/messages";
import { mirrorsFeedNote } from "@/lib/settings/mirror-notes";
import type { MirrorSettings } from "@/lib/settings/mirrors";
import type { ArticleKind, Taxonomy } from "@/lib/generated/prisma/enums";
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
  /** Every item is in this language; its links carry its prefix. */
  language: Lang;
  defaultLang: Lang;
  /** Mirrors and onion address: each item ends with "Blocked? Read us here" when there are any. */
  mirrors?: MirrorSettings;
};

export type BuiltFeed = { xml: string; lastModified: Date };

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text as XML character data: what a parser reads back is exactly the text. */
function xmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/**
 * Text for an element feed readers render as HTML (description): escaped for HTML, then for
 * XML, so a reader shows the words typed and never turns them into markup.
 */
function htmlText(value: string): string {
  return xmlText(xmlText(value));
}

/**
 * HTML (the sanitized article body) as CDATA pieces, split inside every `]]>`, which would end a
 * section.
 */
function cdataChunks(text: string): string[] {
  const parts = stripInvalidXmlChars(text).split("]]>");
  return parts.map(
    (part, index) => `${index > 0 ? ">" : ""}${part}${index < parts.length - 1 ? "]]" : ""}`,
  );
}

const cdata = (html: string) =>
  cdataChunks(html)
    .map((chunk) => `<![CDATA[${chunk}]]>`)
    .join("");

/** The newest change in the feed; a feed with no items changes with its channel only. */
function latest(dates: string[]): Date {
  const times = dates.map((date) => Date.parse(date)).filter((time) => !Number.isNaN(time));
  // Whole seconds: Last-Modified and RFC 822 dates carry no milliseconds.
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000);
}

type Item = {
  title: string;
  link: string;
  date: Date;
  /** Plain text. */
  description: string;
  /** Sanitized HTML. */
  content: string;
  creator: string;
  categories?: { name: string; domain: string }[];
};

function itemXml(item: Item): string {
  return [
    "<item>",
    `<title>${xmlText(item.title)}</title>`,
    `<link>${xmlText(item.link)}</link>`,
    `<guid isPermaLink="true">${xmlText(item.link)}</guid>`,
    `<pubDate>${item.date.toUTCString()}</pubDate>`,
    `<dc:creator>${xmlText(item.creator)}</dc:creator>`,
    ...(item.categories ?? []).map(
      (category) =>
        `<category domain="${xmlText(category.domain)}">${xmlText(category.name)}</category>`,
    ),
    `<description>${htmlText(item.description)}</description>`,
    `<content:encoded>${cdata(item.content)}</content:encoded>`,
    "</item>",
  ].join("");
}

/**
 * Items that end with "Blocked? Read us here": feed readers show an item's content (or, without
 * it, its description), rarely the channel's description, and a reader whose connection blocks
 * the site may still receive the feed through a reader service.
 */
function withMirrorsNote(channel: FeedChannel, items: Item[]): Item[] {
  const note = channel.mirrors && mirrorsFeedNote(channel.mirrors, channel.language);
  if (!note) return items;
  return items.map((item) => ({
    ...item,
    description: item.description ? `${item.description}\n\n${note.text}` : note.text,
    content: `${item.content}${note.html}`,
  }));
}

/** RSS 2.0 with the content and Dublin Core modules, byte for byte the same for the same data. */
function rssXml(channel: FeedChannel, updated: Date, items: Item[]): string {
  const page = absoluteUrl(channel.pagePath);
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${xmlText(channel.title)}</title>`,
    `<link>${xmlText(page)}</link>`,
    `<description>${htmlText(channel.description)}</description>`,
    `<language>${xmlText(channel.language)}</language>`,
    `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
    "<ttl>30</ttl>",
    `<atom:link href="${xmlText(absoluteUrl(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...withMirrorsNote(channel, items).map(itemXml),
    "</channel>",
    "</rss>\n",
  ].join("");
}

/** RSS 2.0 for a list of published articles, newest first, with full content. */
export function buildArticlesFeed(channel: FeedChannel, articles: FeedArticle[]): BuiltFeed {
  const lastModified = latest(articles.map((article) => article.updatedAt));
  const language = { lang: channel.language, defaultLang: channel.defaultLang };
  const items = articles.map((article) => ({
    title: article.title,
    link: absoluteUrl(articlePath(article.kind, article.slug, language)),
    date: new Date(article.publishedAt),
    description: article.excerpt || htmlToText(article.body).slice(0, 300),
    content: article.body,
    creator: article.authorName,
    categories: article.terms.map((term) => ({
      name: term.name,
      domain: absoluteUrl(termPath(term.taxonomy, term.slug, language)),
    })),
  }));
  return { xml: rssXml(channel, lastModified, items), lastModified };
}

/** RSS 2.0 for approved comments, newest first; each links to its place under the article. */
export function buildCommentsFeed(channel: FeedChannel, comments: FeedComment[]): BuiltFeed {
  const lastModified = latest(comments.map((comment) => comment.updatedAt));
  const language = { lang: channel.language, defaultLang: channel.defaultLang };
  const t = getMessages(channel.language).distribution;
  const items = comments.map((comment) => {
    const articleUrl = absoluteUrl(
      articlePath(comment.article.kind, comment.article.slug, language),
    );
    return {
      title: t.commentItemTitle(comment.authorName, comment.article.title),
      link: `${articleUrl}#comment-${comment.id}`,
      date: new Date(comment.createdAt),
      description: htmlToText(comment.body),
      content: comment.body,
      creator: comment.authorName,
    };
  });
  return { xml: rssXml(channel, lastModified, items), lastModified };
}
