import type { Metadata } from "next";
import type { ArticleViewData } from "@/lib/articles/view";
import { type Alternate, hreflangAlternates } from "@/lib/i18n/alternates";
import { LANGUAGES } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { htmlToText } from "@/lib/html-text";
import { canonicalFor, isSearchPath } from "@/lib/seo/canonical";
import { feedAlternates } from "@/lib/seo/feeds";
import { OG_IMAGE_SIZE, articleImagePath, feedPaths, siteImagePath } from "@/lib/urls";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";
import { absoluteUrl, articlePath, homePath as homePathIn } from "@/lib/urls";

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

function siteImage(settings: SiteSettings, locale: Locale) {
  return {
    url: absoluteUrl(siteImagePath(settings, locale.lang)),
    ...OG_IMAGE_SIZE,
    alt: siteTexts(settings, locale.lang).title,
    type: "image/png",
  };
}

/** OpenGraph's locale of the page, and the other languages it is published in. */
function openGraphLocales(locale: Locale, alternates: Alternate[]) {
  const others = alternates
    .filter((alternate) => alternate.lang !== locale.lang)
    .map((alternate) => LANGUAGES[alternate.lang].ogLocale);
  return {
    locale: LANGUAGES[locale.lang].ogLocale,
    ...(others.length ? { alternateLocale: others } : {}),
  };
}

/**
 * Title, description, canonical, hreflang to its published translations, OpenGraph article and
 * Twitter card of an article or page. `locale` is the article's own language.
 */
export function buildArticleMetadata(
  article: SeoArticle,
  settings: SiteSettings,
  locale: Locale,
  alternates: Alternate[],
): Metadata {
  const title = articleHeadline(article);
  const description = articleDescription(article);
  const url = canonicalFor(articlePath(article.kind, article.slug, locale));
  const image = articleImage(article);
  const section = article.terms.find((term) => term.taxonomy === "CATEGORY")?.name;
  const tags = article.terms.filter((term) => term.taxonomy === "TAG").map((term) => term.name);
  const texts = siteTexts(settings, locale.lang);
  const feeds: { path: string; title: string }[] = [
    { path: feedPaths.site(locale), title: texts.title },
  ];
  if (article.kind === "POST") {
    feeds.push({
      path: feedPaths.articleComments(article.slug, locale),
      title: getMessages(locale.lang).distribution.articleCommentsFeedTitle(article.title),
    });
  }
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(locale, alternates),
      types: feedAlternates(feeds),
    },
    openGraph: {
      type: "article",
      url,
      siteName: texts.title,
      title,
      description,
      ...openGraphLocales(locale, alternates),
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
  /** The list in the other languages it exists in (a term's archives); page 1 only. */
  alternates?: Alternate[];
};

/**
 * Home page 2+, archives, search: canonical per page, search kept out of the index. Paths are
 * in the page's language already.
 */
export function buildListMetadata(
  input: ListMetadataInput,
  settings: SiteSettings,
  locale: Locale,
): Metadata {
  const url = canonicalFor(input.path, input.page);
  const texts = siteTexts(settings, locale.lang);
  const description = truncateText(input.description?.trim() || texts.description);
  const image = siteImage(settings, locale);
  const alternates = (input.page ?? 1) === 1 ? (input.alternates ?? []) : [];
  const feeds: { path: string; title: string }[] = [
    { path: feedPaths.site(locale), title: texts.title },
  ];
  if (input.feedPath) {
    feeds.push({
      path: input.feedPath,
      title:
        input.feedTitle ??
        getMessages(locale.lang).distribution.termFeedTitle(texts.title, input.title),
    });
  }
  return {
    title: input.title,
    description,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(locale, alternates),
      types: feedAlternates(feeds),
    },
    ...(isSearchPath(input.path) ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "website",
      url,
      siteName: texts.title,
      title: input.title,
      description,
      ...openGraphLocales(locale, alternates),
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

/** A language's home page: the site's name and description, its feeds, card and hreflang. */
export function buildSiteMetadata(
  settings: SiteSettings,
  locale: Locale,
  alternates: Alternate[],
): Metadata {
  const texts = siteTexts(settings, locale.lang);
  const url = canonicalFor(homePathIn(locale));
  const description = truncateText(texts.description || texts.tagline);
  const image = siteImage(settings, locale);
  return {
    title: { absolute: texts.title },
    description,
    alternates: {
      canonical: url,
      languages: hreflangAlternates(locale, alternates),
      types: feedAlternates([
        { path: feedPaths.site(locale), title: texts.title },
        {
          path: feedPaths.comments(locale),
          title: getMessages(locale.lang).distribution.commentsFeedTitle(texts.title),
        },
      ]),
    },
    openGraph: {
      type: "website",
      url,
      siteName: texts.title,
      title: texts.title,
      description,
      ...openGraphLocales(locale, alternates),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: texts.title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
