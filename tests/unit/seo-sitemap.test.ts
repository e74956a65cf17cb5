import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { etagOf, isNotModified, xmlResponse } from "@/lib/feeds/http";
import { titleFontSize } from "@/lib/og/card";
import { toCardText } from "@/lib/og/fonts";
import { robotsRules } from "@/lib/seo/robots";
import { type SitemapEntry, buildSitemap } from "@/lib/seo/sitemap";
import { absoluteUrl } from "@/lib/urls";

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
      rules: {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/login", "/api", "/news/*/live", "/*/news/*/live"],
      },
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
