import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import Parser from "rss-parser";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

// The suite's server is `npm start` on a random PORT with SITE_URL unset, built on another port.
const baseUrl = inject("baseUrl");
const ARTICLE = "/news/ales-bialiatski-released";
let browser: Browser;
let db: PrismaClient;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("e2eDatabaseUrl"));
});

afterAll(async () => {
  await browser.close();
  await db.$disconnect();
});

/** Every absolute http URL a text names on this machine, other than the public address. */
function foreignLocalUrls(text: string): string[] {
  const urls = text.match(/https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?/g) ?? [];
  return [...new Set(urls)].filter((url) => url !== baseUrl);
}

const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];

describe("links name the public address when SITE_URL is unset", () => {
  it("npm start says once that links will name localhost until SITE_URL is set", () => {
    const lines = inject("startOutput")
      .split("\n")
      .filter((line) => line.includes("SITE_URL is not set"));
    expect(lines).toEqual([
      `[campaign] SITE_URL is not set: links, feeds and share previews will name ${baseUrl} until SITE_URL is set to the site's public address.`,
    ]);
  });

  it.each(["/", ARTICLE, "/about", "/tag/viasna", "/search?q=Viasna"])(
    "%s: canonical, og:url, og:image and JSON-LD use it",
    async (path) => {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      expect(foreignLocalUrls(html)).toEqual([]);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical?.startsWith(`${baseUrl}/`)).toBe(true);
      expect(meta(html, "og:url")?.startsWith(`${baseUrl}/`)).toBe(true);
      const image = meta(html, "og:image")!;
      expect(image.startsWith(`${baseUrl}/og/`)).toBe(true);
      const png = Buffer.from(await (await fetch(image)).arrayBuffer());
      expect((await sharp(png).metadata()).width).toBe(1200);
      for (const [, json] of html.matchAll(
        /<script type="application\/ld\+json">([^<]+)<\/script>/g,
      )) {
        const urls = JSON.stringify(JSON.parse(json!)).match(/https?:\/\/[^"\\]+/g) ?? [];
        for (const url of urls.filter((u) => !u.startsWith("https://schema.org"))) {
          expect(url.startsWith(`${baseUrl}/`), url).toBe(true);
        }
      }
    },
  );

  it("feeds, the sitemap and robots.txt use it", async () => {
    const feed = await new Parser().parseURL(`${baseUrl}/feed.xml`);
    expect(feed.link).toBe(`${baseUrl}/`);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.link?.startsWith(`${baseUrl}/news/`)).toBe(true);
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${baseUrl}/`), loc).toBe(true);
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });

  it("share links and Copy link carry the article's public address", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const url = `${baseUrl}${ARTICLE}`;
    const telegram = await page.getByRole("link", { name: "Telegram" }).getAttribute("href");
    expect(new URL(telegram!).searchParams.get("url")).toBe(url);
    const email = await page.getByRole("link", { name: "Email", exact: true }).getAttribute("href");
    expect(decodeURIComponent(email!)).toContain(url);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await context.close();
  });

  it("sign-in, the admin guard and the no-JavaScript upload redirect to paths on this site", async () => {
    const guard = await fetch(`${baseUrl}/admin/articles`, { redirect: "manual" });
    expect(guard.status).toBe(307);
    expect(guard.headers.get("location")).toBe("/login?callbackUrl=%2Fadmin%2Farticles");

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login?callbackUrl=/admin/media`);
    await page.getByLabel("Email").fill(inject("adminEmail"));
    await page.getByLabel("Password", { exact: true }).fill(inject("adminPassword"));
    const [signInResponse] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(signInResponse.status()).toBe(303);
    expect(await signInResponse.headerValue("location")).toBe("/admin/media");
    await page.waitForURL(`${baseUrl}/admin/media`);

    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: "#336699" },
    })
      .png()
      .toBuffer();
    const [uploadResponse] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/admin/media/upload")),
      (async () => {
        await page.locator('input[type="file"]').setInputFiles({
          name: "site-url-test.png",
          mimeType: "image/png",
          buffer: png,
        });
        await page.getByRole("button", { name: "Upload" }).click();
      })(),
    ]);
    expect(uploadResponse.status()).toBe(303);
    expect(await uploadResponse.headerValue("location")).toBe("/admin/media");
    await page.waitForURL(`${baseUrl}/admin/media`);
    await page.getByText('"site-url-test.png" was uploaded.').waitFor();
    await context.close();
    await db.media.deleteMany({ where: { originalName: "site-url-test.png" } });
  });

  it("the editor's search-and-share preview shows the public address", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
    const article = await db.article.findFirstOrThrow({
      where: { slug: "ales-bialiatski-released" },
      select: { id: true },
    });
    await page.goto(`${baseUrl}/admin/articles/${article.id}`);
    await expect
      .poll(() => page.getByText("Preview in search and shares").locator("..").textContent())
      .toContain(`${baseUrl}${ARTICLE}`);
    expect(foreignLocalUrls(await page.content())).toEqual([]);
    await context.close();
  });

  it("keeps its data folder where DATA_DIR says, made on first use", () => {
    expect(readFileSync(`${inject("e2eDataDir")}/next.pid`, "utf8")).toMatch(/^\d+\n$/);
  });
});
