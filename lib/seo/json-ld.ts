import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { LOGO_SIZE, articleImagePath, homePath, logoImagePath, searchPath } from "@/lib/urls";
import { type SeoArticle, articleDescription, articleHeadline } from "@/lib/seo/metadata";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";
import { absoluteUrl, articlePath, termPath } from "@/lib/urls";

export type JsonLdObject = { "@context"?: string; "@type": string; [key: string]: unknown };

const CONTEXT = "https://schema.org";

/**
 * JSON for an inline `<script type="application/ld+json">`. `<`, `>` and `&` become \u escapes
 * so a title containing `</script>` or `<!--` cannot end the script element early; U+2028/2029
 * are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function organizationJsonLd(settings: SiteSettings, locale: Locale): JsonLdObject {
  const texts = siteTexts(settings, locale.lang);
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    name: texts.title,
    url: absoluteUrl(homePath(locale)),
    description: texts.description,
    logo: {
      "@type": "ImageObject",
      url: absoluteUrl(logoImagePath(settings)),
      width: LOGO_SIZE,
      height: LOGO_SIZE,
    },
  };
}

/** The home page's WebSite, with the SearchAction search engines show as a site search box. */
function webSiteJsonLd(settings: SiteSettings, locale: Locale): JsonLdObject {
  const texts = siteTexts(settings, locale.lang);
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: texts.title,
    description: texts.description,
    url: absoluteUrl(homePath(locale)),
    inLanguage: locale.lang,
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl(searchPath(locale))}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

function newsArticleJsonLd(
  article: SeoArticle,
  settings: SiteSettings,
  locale: Locale,
): JsonLdObject {
  const url = absoluteUrl(articlePath(article.kind, article.slug, locale));
  const publisher = { ...organizationJsonLd(settings, locale) };
  delete publisher["@context"];
  return {
    "@context": CONTEXT,
    "@type": article.kind === "POST" ? "NewsArticle" : "Article",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: articleHeadline(article).slice(0, 110),
    description: articleDescription(article),
    image: [absoluteUrl(articleImagePath(article))],
    datePublished: article.publishedAt ?? article.updatedAt,
    dateModified: article.updatedAt,
    inLanguage: article.language,
    author: [{ "@type": "Person", name: article.author.name }],
    publisher,
    articleSection: article.terms.filter((t) => t.taxonomy === "CATEGORY").map((t) => t.name),
    keywords: article.terms.filter((t) => t.taxonomy === "TAG").map((t) => t.name),
  };
}

type Crumb = { name: string; path: string };

function breadcrumbJsonLd(crumbs: Crumb[]): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** Home > first category > article (Home > page for a background page), in its language. */
function articleBreadcrumbs(article: SeoArticle, locale: Locale): Crumb[] {
  const category = article.terms.find((term) => term.taxonomy === "CATEGORY");
  return [
    { name: getMessages(locale.lang).distribution.home, path: homePath(locale) },
    ...(category && article.kind === "POST"
      ? [{ name: category.name, path: termPath("CATEGORY", category.slug, locale) }]
      : []),
    { name: article.title, path: articlePath(article.kind, article.slug, locale) },
  ];
}

/**
 * Everything an article page carries: the article, its breadcrumbs and the publisher. `locale`
 * is the article's own language.
 */
export function articleJsonLd(
  article: SeoArticle,
  settings: SiteSettings,
  locale: Locale,
): JsonLdObject[] {
  return [
    newsArticleJsonLd(article, settings, locale),
    breadcrumbJsonLd(articleBreadcrumbs(article, locale)),
  ];
}

/** What a language's home page carries: the site with its search, and the organization. */
export function homeJsonLd(settings: SiteSettings, locale: Locale): JsonLdObject[] {
  return [webSiteJsonLd(settings, locale), organizationJsonLd(settings, locale)];
}
