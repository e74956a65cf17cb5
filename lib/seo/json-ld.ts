import { messages } from "@/lib/i18n/messages";
import { LOGO_SIZE, articleImagePath, logoImagePath } from "@/lib/urls";
import { type SeoArticle, articleDescription, articleHeadline } from "@/lib/seo/metadata";
import type { SiteSettings } from "@/lib/settings/schemas";
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

function organizationJsonLd(settings: SiteSettings): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    name: settings.title,
    url: absoluteUrl("/"),
    description: settings.description,
    logo: {
      "@type": "ImageObject",
      url: absoluteUrl(logoImagePath(settings)),
      width: LOGO_SIZE,
      height: LOGO_SIZE,
    },
  };
}

/** The home page's WebSite, with the SearchAction search engines show as a site search box. */
function webSiteJsonLd(settings: SiteSettings): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: settings.title,
    description: settings.description,
    url: absoluteUrl("/"),
    inLanguage: settings.language,
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

function newsArticleJsonLd(article: SeoArticle, settings: SiteSettings): JsonLdObject {
  const url = absoluteUrl(articlePath(article.kind, article.slug));
  const publisher = { ...organizationJsonLd(settings) };
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

/** Home > first category > article (Home > page for a background page). */
function articleBreadcrumbs(article: SeoArticle): Crumb[] {
  const category = article.terms.find((term) => term.taxonomy === "CATEGORY");
  return [
    { name: messages.distribution.home, path: "/" },
    ...(category && article.kind === "POST"
      ? [{ name: category.name, path: termPath("CATEGORY", category.slug) }]
      : []),
    { name: article.title, path: articlePath(article.kind, article.slug) },
  ];
}

/** Everything an article page carries: the article, its breadcrumbs and the publisher. */
export function articleJsonLd(article: SeoArticle, settings: SiteSettings): JsonLdObject[] {
  return [newsArticleJsonLd(article, settings), breadcrumbJsonLd(articleBreadcrumbs(article))];
}

/** What the home page carries: the site with its search, and the organization behind it. */
export function homeJsonLd(settings: SiteSettings): JsonLdObject[] {
  return [webSiteJsonLd(settings), organizationJsonLd(settings)];
}
