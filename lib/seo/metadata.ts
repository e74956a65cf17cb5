import type { Metadata } from "next";
import type { ArticleViewData } from "@/lib/articles/view";
import { messages } from "@/lib/i18n/messages";
import { htmlToText } from "@/lib/html-text";
import { canonicalFor, isSearchPath } from "@/lib/seo/canonical";
import { feedAlternates } from "@/lib/seo/feeds";
import { OG_IMAGE_SIZE, articleImagePath, feedPaths, siteImagePath } from "@/lib/urls";
import type { SiteSettings } from "@/lib/settings/schemas";
import { absoluteUrl, articlePath } from "@/lib/urls";

/** What the article builders read; ArticleViewData from lib/articles/view.ts fits. */
export type SeoArticle = Pick<
  ArticleViewData,
  | "id"
  | "kind"
  | "slug"
  | "title"
  | "excerpt"
  | "bodyHtml"
  | "publishedAt"
  | "updatedAt"
  | "author"
  | "cover"
  | "terms"
  | "language"
  | "seoTitle"
  | "seoDescription"
>;

const DESCRIPTION_MAX = 200;

/** Cuts at a word boundary so previews never end mid-word. */
function truncateText(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function articleHeadline(article: Pick<SeoArticle, "title" | "seoTitle">): string {
  return article.seoTitle.trim() || article.title;
}

export function articleDescription(
  article: Pick<SeoArticle, "seoDescription" | "excerpt" | "bodyHtml">,
): string {
  return truncateText(
    article.seoDescription.trim() || article.excerpt.trim() || htmlToText(article.bodyHtml),
  );
}

function articleImage(article: SeoArticle) {
  return {
    url: absoluteUrl(articleImagePath(article)),
    ...OG_IMAGE_SIZE,
    alt: article.cover?.alt.trim() || article.title,
    type: "image/png",
  };
}

function siteImage(settings: SiteSettings) {
  return {
    url: absoluteUrl(siteImagePath(settings)),
    ...OG_IMAGE_SIZE,
    alt: settings.title,
    type: "image/png",
  };
}

/** Title, description, canonical, OpenGraph article and Twitter card of an article or page. */
export function buildArticleMetadata(article: SeoArticle, settings: SiteSettings): Metadata {
  const title = articleHeadline(article);
  const description = articleDescription(article);
  const url = canonicalFor(articlePath(article.kind, article.slug));
  const image = articleImage(article);
  const section = article.terms.find((term) => term.taxonomy === "CATEGORY")?.name;
  const tags = article.terms.filter((term) => term.taxonomy === "TAG").map((term) => term.name);
  const feeds: { path: string; title: string }[] = [
    { path: feedPaths.site, title: settings.title },
  ];
  if (article.kind === "POST") {
    feeds.push({
      path: feedPaths.articleComments(article.slug),
      title: messages.distribution.articleCommentsFeedTitle(article.title),
    });
  }
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(feeds) },
    openGraph: {
      type: "article",
      url,
      siteName: settings.title,
      title,
      description,
      locale: article.language,
      images: [image],
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      authors: [article.author.name],
      section,
      tags,
    },
    twitter: {
      card: "summary_large_image",
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export type ListMetadataInput = {
  title: string;
  description?: string;
  /** The list's unpaged path: "/", "/tag/viasna", "/search?q=…". */
  path: string;
  page?: number;
  /** The list's own feed, announced next to the site feed (e.g. feedPaths.term("TAG", slug)). */
  feedPath?: string;
  feedTitle?: string;
};

/** Home page 2+, archives, search: canonical per page, search kept out of the index. */
export function buildListMetadata(input: ListMetadataInput, settings: SiteSettings): Metadata {
  const url = canonicalFor(input.path, input.page);
  const description = truncateText(input.description?.trim() || settings.description);
  const image = siteImage(settings);
  const feeds: { path: string; title: string }[] = [
    { path: feedPaths.site, title: settings.title },
  ];
  if (input.feedPath) {
    feeds.push({
      path: input.feedPath,
      title: input.feedTitle ?? messages.distribution.termFeedTitle(settings.title, input.title),
    });
  }
  return {
    title: input.title,
    description,
    alternates: { canonical: url, types: feedAlternates(feeds) },
    ...(isSearchPath(input.path) ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "website",
      url,
      siteName: settings.title,
      title: input.title,
      description,
      locale: settings.language,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: input.title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

/** The home page: the site's name and description, its feeds and its card. */
export function buildSiteMetadata(settings: SiteSettings): Metadata {
  const url = canonicalFor("/");
  const description = truncateText(settings.description || settings.tagline);
  const image = siteImage(settings);
  return {
    title: { absolute: settings.title },
    description,
    alternates: {
      canonical: url,
      types: feedAlternates([
        { path: feedPaths.site, title: settings.title },
        {
          path: feedPaths.comments,
          title: messages.distribution.commentsFeedTitle(settings.title),
        },
      ]),
    },
    openGraph: {
      type: "website",
      url,
      siteName: settings.title,
      title: settings.title,
      description,
      locale: settings.language,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: settings.title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
