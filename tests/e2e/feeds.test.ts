import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const baseUrl = inject("baseUrl");
const rss = new Parser();
const xml = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
type SitemapXml = {
  urlset?: { url: { loc: string; lastmod?: string }[] };
  sitemapindex?: { sitemap: { loc: string; lastmod?: string }[] };
};
const parseSitemap = (text: string) => xml.parse(text) as SitemapXml;
const publishedNews = () => ({
  kind: "POST" as const,
  status: "PUBLISHED" as const,
  publishedAt: { lte: new Date() },
});

let db: PrismaClient;
let hidden: { titles: string[]; newsPaths: string[]; pendingComments: string[] };

beforeAll(async () => {
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  const [articles, pending] = await Promise.all([
    db.article.findMany({
      where: {
        OR: [{ status: { not: "PUBLISHED" } }, { publishedAt: { gt: new Date() } }],
      },
      select: { title: true, slug: true, language: true },
    }),
    db.comment.findMany({ where: { status: { not: "APPROVED" } }, select: { body: true } }),
  ]);
  hidden = {
    titles: articles.map((a) => a.title),
    // Where each would live if it were public: /news/<slug>, or /be/news/<slug> in Belarusian.
    newsPaths: articles.map((a) => `${a.language === "en" ? "" : `/${a.language}`}/news/${a.slug}`),
    pendingComments: pending.map((c) => c.body),
  };
  expect(articles.length, "the seed has unpublished articles").toBeGreaterThanOrEqual(2);
  expect(pending.length, "the seed has pending comments").toBeGreaterThanOrEqual(1);
});

afterAll(async () => {
  await db.$disconnect();
});

async function getFeed(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  const body = await response.text();
  expect(XMLValidator.validate(body), path).toBe(true);
  for (const title of hidden.titles) expect(body, path).not.toContain(title);
  return { response, body, feed: await rss.parseString(body) };
}

describe("feeds", () => {
  it("the site feed lists published news with content, author, categories and dates", async () => {
    const published = await db.article.findMany({
      where: {
        kind: "POST",
        language: "en",
        status: "PUBLISHED",
        publishedAt: { lte: new Date() },
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { title: true, slug: true },
    });
    // The default language's feed holds only English stories (Belarusian and Russian have theirs).
    const { feed } = await getFeed("/feed.xml");
    expect(feed.items.map((item) => item.title)).toEqual(
      published.slice(0, 30).map((a) => a.title),
    );
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${baseUrl}/news/`));
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.creator).toBeTruthy();
      expect(item["content:encoded"]).toContain("<p>");
    }
    expect(feed.items.flatMap((item) => item.categories ?? []).length).toBeGreaterThan(0);
  });

  it("each category, tag and region with news has a feed of its own; others are 404", async () => {
    const terms = await db.term.findMany({
      where: { articles: { some: publishedNews() } },
      select: { taxonomy: true, slug: true, name: true },
    });
    expect(terms.length).toBeGreaterThan(5);
    for (const term of terms) {
      const path = `/${term.taxonomy.toLowerCase()}/${term.slug}/feed.xml`;
      const { feed } = await getFeed(path);
      expect(feed.title).toContain(term.name);
    }
    const unpublished = await db.term.findMany({
      where: { articles: { none: publishedNews() } },
      select: { taxonomy: true, slug: true },
    });
    for (const term of unpublished) {
      const path = `/${term.taxonomy.toLowerCase()}/${term.slug}/feed.xml`;
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
    for (const path of ["/tag/no-such-tag/feed.xml", "/category/viasna/feed.xml"]) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
  });

  it("comment feeds carry approved comments only", async () => {
    const site = await getFeed("/comments/feed.xml");
    expect(site.feed.items.length).toBeGreaterThan(0);
    const withComments = await db.article.findFirstOrThrow({
      where: { kind: "POST", status: "PUBLISHED", comments: { some: { status: "PENDING" } } },
      select: { slug: true, _count: { select: { comments: { where: { status: "APPROVED" } } } } },
    });
    const own = await getFeed(`/news/${withComments.slug}/comments/feed.xml`);
    expect(own.feed.items).toHaveLength(Math.min(withComments._count.comments, 30));
    for (const body of hidden.pendingComments) {
      expect(site.body).not.toContain(body);
      expect(own.body).not.toContain(body);
    }
    for (const path of ["/news/no-such-article", ...hidden.newsPaths]) {
      expect((await fetch(`${baseUrl}${path}/comments/feed.xml`)).status, path).toBe(404);
    }
  });

  it("answers a conditional GET with 304", async () => {
    const { response } = await getFeed("/feed.xml");
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    // Weak: the body travels compressed, another representation of the same feed.
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(lastModified).toMatch(/GMT$/);

    const byTag = await fetch(`${baseUrl}/feed.xml`, { headers: { "If-None-Match": etag! } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = await fetch(`${baseUrl}/feed.xml`, {
      headers: { "If-Modified-Since": lastModified! },
    });
    expect(byDate.status).toBe(304);
    const stale = await fetch(`${baseUrl}/feed.xml`, { headers: { "If-None-Match": '"old"' } });
    expect(stale.status).toBe(200);
  });
});

describe("sitemap and robots", () => {
  it("the sitemap lists every published article, page and term with absolute URLs", async () => {
    const response = await fetch(`${baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = parseSitemap(body).urlset!.url as { loc: string; lastmod: string }[];
    const locs = urls.map((url) => url.loc);
    const [articles, terms] = await Promise.all([
      db.article.findMany({
        where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
        select: { kind: true, slug: true, language: true },
      }),
      db.term.findMany({
        where: { articles: { some: publishedNews() } },
        select: { taxonomy: true, slug: true },
      }),
    ]);
    for (const article of articles) {
      const prefix = article.language === "en" ? "" : `/${article.language}`;
      const path = article.kind === "POST" ? `/news/${article.slug}` : `/${article.slug}`;
      expect(locs).toContain(`${baseUrl}${prefix}${path}`);
    }
    for (const term of terms) {
      expect(locs).toContain(`${baseUrl}/${term.taxonomy.toLowerCase()}/${term.slug}`);
    }
    for (const path of hidden.newsPaths) expect(locs).not.toContain(`${baseUrl}${path}`);
    for (const url of urls) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await fetch(`${baseUrl}/sitemap.xml?part=9`)).status).toBe(404);
  });

  it("robots.txt keeps crawlers out of the staff area and points to the sitemap", async () => {
    const response = await fetch(`${baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    const body = await response.text();
    for (const path of ["/admin", "/login", "/api", "/news/*/live", "/*/news/*/live"]) {
      expect(body).toContain(`Disallow: ${path}`);
    }
    expect(body).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });
});
