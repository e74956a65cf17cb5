import { describe, expect, it } from "vitest";
import type { ArticleViewData } from "@/lib/articles/view";
import { canonicalFor, canonicalPath } from "@/lib/seo/canonical";
import { feedAlternates } from "@/lib/seo/feeds";
import { articleJsonLd, homeJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata, buildListMetadata, buildSiteMetadata } from "@/lib/seo/metadata";
import { defaultSiteSettings as settings } from "@/lib/settings/schemas";
import { absoluteUrl, feedPaths } from "@/lib/urls";
import { LOCALES } from "@/tests/factories/locale";

function article(overrides: Partial<ArticleViewData> = {}): ArticleViewData {
  return {
    id: "art1",
    kind: "POST",
    slug: "sentenced",
    title: "Ales Bialiatski sentenced",
    excerpt: "The court handed down four and a half years.",
    bodyHtml: "<p>Body</p>",
    publishedAt: "2011-11-24T09:00:00.000Z",
    updatedAt: "2011-11-25T10:00:00.000Z",
    author: { name: "Campaign editor" },
    cover: null,
    terms: [
      { taxonomy: "CATEGORY", name: "News", slug: "news" },
      { taxonomy: "CATEGORY", name: "Statements", slug: "statements" },
      { taxonomy: "TAG", name: "Viasna", slug: "viasna" },
      { taxonomy: "TAG", name: "FIDH", slug: "fidh" },
      { taxonomy: "REGION", name: "Belarus", slug: "belarus" },
    ],
    commentsOpen: true,
    language: "en",
    translationGroupId: null,
    seoTitle: "",
    seoDescription: "",
    ...overrides,
  };
}

describe("canonicalFor", () => {
  it("makes page 1 the unpaged URL and keeps /page/<n> as itself", () => {
    expect(canonicalFor("/")).toBe(absoluteUrl("/"));
    expect(canonicalFor("/", 1)).toBe(absoluteUrl("/"));
    expect(canonicalFor("/", 3)).toBe(absoluteUrl("/page/3"));
    expect(canonicalFor("/tag/viasna", 2)).toBe(absoluteUrl("/tag/viasna/page/2"));
    expect(canonicalPath("/tag/viasna/page/1")).toBe("/tag/viasna");
    expect(canonicalPath("/tag/viasna/page/4")).toBe("/tag/viasna/page/4");
    expect(canonicalPath("/page/2")).toBe("/page/2");
  });

  it("drops query strings and trailing slashes, except the search's q", () => {
    expect(canonicalPath("/news/a-story?utm_source=x&fbclid=y")).toBe("/news/a-story");
    expect(canonicalPath("/about/")).toBe("/about");
    expect(canonicalPath("/search?q=%20Viasna%20&page=2&utm=x")).toBe("/search?q=Viasna");
    expect(canonicalPath("/search?q=Алесь")).toBe(
      `/search?${new URLSearchParams({ q: "Алесь" }).toString()}`,
    );
    expect(canonicalPath("/search")).toBe("/search");
  });
});

describe("buildArticleMetadata", () => {
  it("fills title, description, canonical, OpenGraph article and Twitter card", () => {
    const meta = buildArticleMetadata(article(), settings, LOCALES.en, []);
    const url = absoluteUrl("/news/sentenced");
    expect(meta.title).toBe("Ales Bialiatski sentenced");
    expect(meta.description).toBe("The court handed down four and a half years.");
    expect(meta.alternates?.canonical).toBe(url);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url,
      title: "Ales Bialiatski sentenced",
      description: "The court handed down four and a half years.",
      siteName: settings.title,
      publishedTime: "2011-11-24T09:00:00.000Z",
      modifiedTime: "2011-11-25T10:00:00.000Z",
      section: "News",
      tags: ["Viasna", "FIDH"],
      images: [
        {
          url: absoluteUrl(
            `/og/article/art1/${Date.parse("2011-11-25T10:00:00.000Z").toString(36)}.png`,
          ),
          width: 1200,
          height: 630,
          alt: "Ales Bialiatski sentenced",
        },
      ],
    });
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      title: "Ales Bialiatski sentenced",
    });
    expect(meta.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: absoluteUrl("/feed.xml"), title: settings.title },
        {
          url: absoluteUrl("/news/sentenced/comments/feed.xml"),
          title: "Comments on “Ales Bialiatski sentenced”",
        },
      ],
    });
  });

  it("prefers the SEO title and description, uses the cover's alt text, and trims long text", () => {
    const long = `${"word ".repeat(80)}end`;
    const meta = buildArticleMetadata(
      article({
        seoTitle: "SEO title",
        seoDescription: long,
        cover: {
          src: "/demo/courthouse.svg",
          width: 1200,
          height: 630,
          alt: "A courthouse",
          caption: "",
          credit: "",
        },
      }),
      settings,
      LOCALES.en,
      [],
    );
    expect(meta.title).toBe("SEO title");
    expect(String(meta.description).length).toBeLessThanOrEqual(200);
    expect(String(meta.description)).toMatch(/word…$/);
    const images = meta.openGraph?.images as { alt: string }[];
    expect(images[0]?.alt).toBe("A courthouse");
  });

  it("falls back to the body's text when there is no excerpt", () => {
    const meta = buildArticleMetadata(
      article({ excerpt: "", bodyHtml: "<p>First &amp; <b>only</b></p>" }),
      settings,
      LOCALES.en,
      [],
    );
    expect(meta.description).toBe("First & only");
  });
});

describe("buildListMetadata and buildSiteMetadata", () => {
  it("gives an archive page its own canonical, feed and the site card", () => {
    const meta = buildListMetadata(
      { title: "Viasna", path: "/tag/viasna", page: 2, feedPath: feedPaths.term("TAG", "viasna") },
      settings,
      LOCALES.en,
    );
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/tag/viasna/page/2"));
    expect(meta.robots).toBeUndefined();
    expect(meta.alternates?.types?.["application/rss+xml"]).toContainEqual({
      url: absoluteUrl("/tag/viasna/feed.xml"),
      title: `${settings.title}: Viasna`,
    });
    expect(meta.openGraph).toMatchObject({
      type: "website",
      url: absoluteUrl("/tag/viasna/page/2"),
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("keeps search pages out of the index but lets crawlers follow their links", () => {
    const meta = buildListMetadata(
      { title: "Search", path: "/search?q=viasna&utm=1" },
      settings,
      LOCALES.en,
    );
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/search?q=viasna"));
  });

  it("describes the home page with the site's feeds", () => {
    const meta = buildSiteMetadata(settings, LOCALES.en, []);
    expect(meta.title).toEqual({ absolute: settings.title });
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/"));
    expect(meta.alternates?.types).toEqual(
      feedAlternates([
        { path: "/feed.xml", title: settings.title },
        { path: "/comments/feed.xml", title: `Comments: ${settings.title}` },
      ]),
    );
  });
});

describe("JSON-LD", () => {
  it("describes an article as a NewsArticle with breadcrumbs Home > Category > Article", () => {
    const [news, crumbs] = articleJsonLd(article(), settings, LOCALES.en);
    expect(news).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Ales Bialiatski sentenced",
      description: "The court handed down four and a half years.",
      datePublished: "2011-11-24T09:00:00.000Z",
      dateModified: "2011-11-25T10:00:00.000Z",
      author: [{ "@type": "Person", name: "Campaign editor" }],
      publisher: {
        "@type": "Organization",
        name: settings.title,
        logo: { "@type": "ImageObject" },
      },
    });
    expect((news?.image as string[])[0]).toMatch(/^http.*\/og\/article\/art1\/\w+\.png$/);
    expect(crumbs?.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: absoluteUrl("/") },
      { "@type": "ListItem", position: 2, name: "News", item: absoluteUrl("/category/news") },
      {
        "@type": "ListItem",
        position: 3,
        name: "Ales Bialiatski sentenced",
        item: absoluteUrl("/news/sentenced"),
      },
    ]);
  });

  it("gives the home page a WebSite with a search action and the Organization", () => {
    const [site, organization] = homeJsonLd(settings, LOCALES.en);
    expect(site).toMatchObject({
      "@type": "WebSite",
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
    expect(organization).toMatchObject({
      "@type": "Organization",
      name: settings.title,
      url: absoluteUrl("/"),
    });
  });

  it("serializes so that a title cannot close the script element, and parses back to the same data", () => {
    const data = articleJsonLd(
      article({ title: "</script><script>alert(1)</script> & <!-- \u2028" }),
      settings,
      LOCALES.en,
    );
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
