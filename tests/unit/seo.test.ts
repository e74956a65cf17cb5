import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ArticleViewData } from "@/lib/articles/view";
import { etagOf, isNotModified, xmlResponse } from "@/lib/feeds/http";
import { titleFontSize } from "@/lib/og/card";
import { toCardText } from "@/lib/og/fonts";
import { canonicalFor, canonicalPath } from "@/lib/seo/canonical";
import { feedAlternates } from "@/lib/seo/feeds";
import { articleJsonLd, homeJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata, buildListMetadata, buildSiteMetadata } from "@/lib/seo/metadata";
import { robotsRules } from "@/lib/seo/robots";
import { type SitemapEntry, buildSitemap } from "@/lib/seo/sitemap";
import { defaultSiteSettings as settings } from "@/lib/settings/schemas";
import { absoluteUrl, feedPaths } from "@/lib/urls";

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
    const meta = buildArticleMetadata(article(), settings);
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
    );
    expect(meta.description).toBe("First & only");
  });
});

describe("buildListMetadata and buildSiteMetadata", () => {
  it("gives an archive page its own canonical, feed and the site card", () => {
    const meta = buildListMetadata(
      { title: "Viasna", path: "/tag/viasna", page: 2, feedPath: feedPaths.term("TAG", "viasna") },
      settings,
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
    const meta = buildListMetadata({ title: "Search", path: "/search?q=viasna&utm=1" }, settings);
    expect(meta.robots).toEqual({ index: false, follow: true });
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/search?q=viasna"));
  });

  it("describes the home page with the site's feeds", () => {
    const meta = buildSiteMetadata(settings);
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
    const [news, crumbs] = articleJsonLd(article(), settings);
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
    const [site, organization] = homeJsonLd(settings);
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
    );
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe("sitemap", () => {
  const entries: SitemapEntry[] = Array.from({ length: 5 }, (_, i) => ({
    path: `/news/story-${i}?a=1&b=2`,
    lastModified: `2026-11-0${i + 1}T10:00:00.000Z`,
  }));
  const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
  type SitemapXml = {
    urlset?: { url: { loc: string; lastmod?: string }[] };
    sitemapindex?: { sitemap: { loc: string; lastmod?: string }[] };
  };
  const parseSitemap = (text: string) => parser.parse(text) as SitemapXml;

  it("is one urlset with absolute, escaped locations while under the limit", () => {
    const built = buildSitemap(entries, { limit: 5 });
    const xml = parseSitemap(built!.xml);
    expect(xml.urlset!.url).toHaveLength(5);
    expect(xml.urlset!.url[0]).toEqual({
      loc: absoluteUrl("/news/story-0?a=1&b=2"),
      lastmod: "2026-11-01T10:00:00.000Z",
    });
    expect(built!.xml).toContain("?a=1&amp;b=2");
  });

  it("turns into an index of parts past the limit", () => {
    const index = parseSitemap(buildSitemap(entries, { limit: 2 })!.xml);
    expect(index.sitemapindex!.sitemap).toEqual([
      { loc: `${absoluteUrl("/sitemap.xml")}?part=1`, lastmod: "2026-11-02T10:00:00.000Z" },
      { loc: `${absoluteUrl("/sitemap.xml")}?part=2`, lastmod: "2026-11-04T10:00:00.000Z" },
      { loc: `${absoluteUrl("/sitemap.xml")}?part=3`, lastmod: "2026-11-05T10:00:00.000Z" },
    ]);
    const third = parseSitemap(buildSitemap(entries, { limit: 2, part: 3 })!.xml);
    expect(third.urlset!.url.map((u: { loc: string }) => u.loc)).toEqual([
      absoluteUrl("/news/story-4?a=1&b=2"),
    ]);
    expect(buildSitemap(entries, { limit: 2, part: 4 })).toBeNull();
    expect(buildSitemap(entries, { limit: 5, part: 1 })).toBeNull();
  });

  it("robots keeps crawlers out of the staff area and points to the sitemap", () => {
    expect(robotsRules()).toEqual({
      rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api", "/news/*/live"] },
      sitemap: absoluteUrl("/sitemap.xml"),
    });
  });
});

describe("conditional GET", () => {
  const lastModified = new Date("2026-11-20T10:00:00Z");
  const request = (headers: Record<string, string>) =>
    new Request("http://x/feed.xml", { headers });

  it("answers 200 with validators, then 304 to If-None-Match or If-Modified-Since", async () => {
    const first = xmlResponse(request({}), "<rss/>", lastModified);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(etagOf("<rss/>"));
    expect(first.headers.get("last-modified")).toBe("Fri, 20 Nov 2026 10:00:00 GMT");

    const byTag = xmlResponse(
      request({ "If-None-Match": `"other", W/${etag}` }),
      "<rss/>",
      lastModified,
    );
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = xmlResponse(
      request({ "If-Modified-Since": "Fri, 20 Nov 2026 10:00:00 GMT" }),
      "<rss/>",
      lastModified,
    );
    expect(byDate.status).toBe(304);
  });

  it("sends the body when it changed, even if the date says otherwise", () => {
    expect(
      isNotModified(
        new Headers({
          "If-None-Match": '"old"',
          "If-Modified-Since": "Sat, 21 Nov 2026 10:00:00 GMT",
        }),
        { etag: '"new"', lastModified },
      ),
    ).toBe(false);
    expect(
      isNotModified(new Headers({ "If-Modified-Since": "Thu, 19 Nov 2026 10:00:00 GMT" }), {
        etag: '"x"',
        lastModified,
      }),
    ).toBe(false);
  });
});

describe("share card text", () => {
  it("keeps Latin and Cyrillic, drops what the bundled fonts cannot draw, shrinks long titles", () => {
    expect(toCardText("Свабоду ✊🏽 Алесю & Łukasz — 自由\u0007 now")).toBe(
      "Свабоду Алесю & Łukasz — now",
    );
    expect(titleFontSize(30)).toBeGreaterThan(titleFontSize(100));
    expect(titleFontSize(100)).toBeGreaterThan(titleFontSize(200));
  });
});
