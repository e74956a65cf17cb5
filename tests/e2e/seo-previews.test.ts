import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let db: PrismaClient;
let browser: Browser;
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  browser = await launchBrowser();
  mkdirSync("tests/e2e/screenshots", { recursive: true });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
  await browser.close();
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
