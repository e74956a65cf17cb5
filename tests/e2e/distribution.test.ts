import { mkdirSync, writeFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser } from "playwright-core";
import Parser from "rss-parser";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser } from "@/tests/e2e/browser";

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
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let db: PrismaClient;
let browser: Browser;
let hidden: { titles: string[]; slugs: string[]; pendingComments: string[] };
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  browser = await launchBrowser();
  mkdirSync("tests/e2e/screenshots", { recursive: true });
  const [articles, pending] = await Promise.all([
    db.article.findMany({
      where: {
        OR: [{ status: { not: "PUBLISHED" } }, { publishedAt: { gt: new Date() } }],
      },
      select: { title: true, slug: true },
    }),
    db.comment.findMany({ where: { status: { not: "APPROVED" } }, select: { body: true } }),
  ]);
  hidden = {
    titles: articles.map((a) => a.title),
    slugs: articles.map((a) => a.slug),
    pendingComments: pending.map((c) => c.body),
  };
  expect(articles.length, "the seed has unpublished articles").toBeGreaterThanOrEqual(2);
  expect(pending.length, "the seed has pending comments").toBeGreaterThanOrEqual(1);
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
  await browser.close();
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
      where: { kind: "POST", status: "PUBLISHED", publishedAt: { lte: new Date() } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { title: true, slug: true },
    });
    const { feed } = await getFeed("/feed.xml");
    expect(feed.items.map((item) => item.title)).toEqual(
      published.slice(0, 30).map((a) => a.title),
    );
    expect(feed.items.some((item) => /[а-яё]/i.test(item.title ?? ""))).toBe(true);
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
    for (const slug of ["no-such-article", ...hidden.slugs]) {
      expect((await fetch(`${baseUrl}/news/${slug}/comments/feed.xml`)).status, slug).toBe(404);
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
        select: { kind: true, slug: true },
      }),
      db.term.findMany({
        where: { articles: { some: publishedNews() } },
        select: { taxonomy: true, slug: true },
      }),
    ]);
    for (const article of articles) {
      const path = article.kind === "POST" ? `/news/${article.slug}` : `/${article.slug}`;
      expect(locs).toContain(`${baseUrl}${path}`);
    }
    for (const term of terms) {
      expect(locs).toContain(`${baseUrl}/${term.taxonomy.toLowerCase()}/${term.slug}`);
    }
    for (const slug of hidden.slugs) expect(locs).not.toContain(`${baseUrl}/news/${slug}`);
    for (const url of urls) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await fetch(`${baseUrl}/sitemap.xml?part=9`)).status).toBe(404);
  });

  it("robots.txt keeps crawlers out of the staff area and points to the sitemap", async () => {
    const response = await fetch(`${baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    const body = await response.text();
    for (const path of ["/admin", "/login", "/api", "/news/*/live"]) {
      expect(body).toContain(`Disallow: ${path}`);
    }
    expect(body).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });
});

async function fetchPng(url: string) {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  expect(response.headers.get("cache-control")).toContain("immutable");
  const png = Buffer.from(await response.arrayBuffer());
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const meta = await sharp(png).metadata();
  expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
    format: "png",
    width: 1200,
    height: 630,
  });
  return png;
}

describe("article page previews", () => {
  it("carries OpenGraph, Twitter and JSON-LD data with every required field", async () => {
    const article = await db.article.findFirstOrThrow({
      where: {
        kind: "POST",
        status: "PUBLISHED",
        publishedAt: { lte: new Date() },
        coverImageId: { not: null },
        AND: [
          { terms: { some: { taxonomy: "CATEGORY" } } },
          { terms: { some: { taxonomy: "TAG" } } },
        ],
      },
      orderBy: { publishedAt: "desc" },
      select: {
        slug: true,
        title: true,
        seoTitle: true,
        publishedAt: true,
        updatedAt: true,
        author: { select: { name: true } },
        coverImage: { select: { altText: true } },
        terms: { select: { taxonomy: true, name: true }, orderBy: { name: "asc" } },
      },
    });
    const url = `${baseUrl}/news/${article.slug}`;
    const page = await browser.newPage();
    expect((await page.goto(url))?.status()).toBe(200);
    const meta = async (key: string) => {
      const attribute = key.startsWith("twitter:") ? "name" : "property";
      return page.locator(`meta[${attribute}="${key}"]`).first().getAttribute("content");
    };
    const all = async (key: string) =>
      page
        .locator(`meta[property="${key}"]`)
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("content")));

    const headline = article.seoTitle || article.title;
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(url);
    expect(await meta("og:title")).toBe(headline);
    expect(await meta("og:description")).toBeTruthy();
    expect(await meta("og:url")).toBe(url);
    expect(await meta("og:type")).toBe("article");
    const image = await meta("og:image");
    expect(image).toMatch(new RegExp(`^${baseUrl}/og/article/`));
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("630");
    expect(await meta("og:image:alt")).toBe(article.coverImage?.altText || article.title);
    expect(await meta("article:published_time")).toBe(article.publishedAt?.toISOString());
    expect(await meta("article:modified_time")).toBe(article.updatedAt.toISOString());
    const categories = article.terms.filter((t) => t.taxonomy === "CATEGORY").map((t) => t.name);
    const tags = article.terms.filter((t) => t.taxonomy === "TAG").map((t) => t.name);
    expect(await meta("article:section")).toBe(categories[0]);
    expect(await all("article:tag")).toEqual(tags);
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("twitter:title")).toBe(headline);
    expect(await meta("twitter:description")).toBeTruthy();
    expect(await meta("twitter:image")).toBe(image);
    expect(
      await page.locator('link[rel="alternate"][type="application/rss+xml"]').count(),
    ).toBeGreaterThanOrEqual(1);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
    const news = data.find((item) => item["@type"] === "NewsArticle");
    expect(news).toMatchObject({
      headline,
      image: [image],
      datePublished: article.publishedAt?.toISOString(),
      dateModified: article.updatedAt.toISOString(),
      author: [{ "@type": "Person", name: article.author.name }],
      publisher: { "@type": "Organization", logo: { "@type": "ImageObject" } },
    });
    expect(news?.description).toBeTruthy();
    const crumbs = data.find((item) => item["@type"] === "BreadcrumbList");
    expect(
      (crumbs?.itemListElement as { name: string; item: string }[]).map((c) => c.name),
    ).toEqual(["Home", categories[0], article.title]);
    await page.close();

    // The shared image is the cover, at 1200x630.
    await fetchPng(image!);
  });

  it("the home page carries WebSite with a SearchAction and the Organization", async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
    expect(data.find((item) => item["@type"] === "WebSite")).toMatchObject({
      potentialAction: { "@type": "SearchAction" },
    });
    expect(data.find((item) => item["@type"] === "Organization")).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseUrl}/`);
    await page.close();
  });
});

describe("generated share card", () => {
  it("renders a readable 1200x630 PNG for a 200-character Cyrillic title", async () => {
    const title =
      "Праваабаронца Алесь Бяляцкі і ягоныя калегі з «Вясны» застаюцца за кратамі: кампанія салідарнасці заклікае пісаць лісты, дасылаць паштоўкі і патрабаваць вызвалення ўсіх палітвязняў у Беларусі неадкладна";
    expect(title.length).toBeGreaterThanOrEqual(200);
    const author = await db.user.findFirstOrThrow({ select: { id: true } });
    // A background page keeps it out of the news lists other tests read; deleted afterwards.
    const page = await db.article.create({
      data: {
        kind: "PAGE",
        status: "PUBLISHED",
        slug: `og-card-${Date.now()}`,
        title,
        body: "<p>Тэкст.</p>",
        language: "be",
        publishedAt: new Date("2026-11-20T10:00:00Z"),
        authorId: author.id,
      },
      select: { id: true, updatedAt: true },
    });
    created.push(page.id);
    const path = `/og/article/${page.id}/${page.updatedAt.getTime().toString(36)}.png`;

    const png = await fetchPng(`${baseUrl}${path}`);
    writeFileSync("tests/e2e/screenshots/og-card-cyrillic.png", png);
    // Not a blank card: the title's pixels make up a good part of the image.
    const { channels } = await sharp(png).stats();
    expect(channels[0]!.stdev).toBeGreaterThan(20);

    // Served from the cache the second time, byte for byte.
    expect((await fetchPng(`${baseUrl}${path}`)).equals(png)).toBe(true);
    const old = await fetch(`${baseUrl}/og/article/${page.id}/0.png`, { redirect: "manual" });
    expect(old.status).toBe(307);
    // A path on this site: no redirect names an address the server guessed.
    expect(old.headers.get("location")).toBe(path);
    expect((await fetch(`${baseUrl}/og/article/nope/1.png`)).status).toBe(404);
  });
});
