import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

/**
 * Light public pages (lib/runtime/light-pages.ts): an anonymous reader gets no framework
 * JavaScript, and the budgets of the issue hold, measured in Chromium as the bytes that crossed
 * the wire (compressed bodies and headers) on a first visit with an empty cache.
 */

const baseUrl = inject("baseUrl");
const withPage = fileBrowser();
const KB = 1024;
let db: PrismaClient;
let article: { id: string; slug: string };

beforeAll(async () => {
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  const author = await db.user.findFirstOrThrow({ select: { id: true } });
  article = await db.article.create({
    data: {
      title: "Light page test article",
      slug: `light-page-test-${Date.now()}`,
      body: "<p>Letters reach the colony slowly, but they reach it.</p>",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 60_000),
      authorId: author.id,
    },
    select: { id: true, slug: true },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

type Transfer = { url: string; type: string; bytes: number };

/** Everything a first visit fetched, with the bytes each took on the wire. */
async function firstVisit(page: Page, path: string): Promise<Transfer[]> {
  const finished: Request[] = [];
  page.on("requestfinished", (request) => finished.push(request));
  await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  return Promise.all(
    finished.map(async (request) => {
      const sizes = await request.sizes();
      return {
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      };
    }),
  );
}

const total = (list: Transfer[]) => list.reduce((sum, item) => sum + item.bytes, 0);
const describeList = (list: Transfer[]) =>
  list.map((item) => `${item.type} ${item.bytes} B ${item.url.replace(baseUrl, "")}`).join("\n");

describe("light public pages", () => {
  it("an article's first visit: no framework script, at most 15 KB of JavaScript and 60 KB in all (images aside from the cover)", async () => {
    await withPage(async (page) => {
      const demo = "/news/ales-bialiatski-released";
      const transfers = await firstVisit(page, demo);
      const scripts = transfers.filter((item) => item.type === "script");
      expect(
        scripts.filter((item) => item.url.includes("/_next/")),
        describeList(scripts),
      ).toEqual([]);
      expect(total(scripts), describeList(scripts)).toBeLessThanOrEqual(15 * KB);
      const cover = await page
        .locator("article figure img")
        .first()
        .evaluate((img) => {
          const image = img as HTMLImageElement;
          return { src: image.currentSrc, priority: image.getAttribute("fetchpriority") };
        });
      expect(cover.priority).toBe("high");
      const counted = transfers.filter((item) => item.type !== "image" || item.url === cover.src);
      console.log(
        `article first visit: ${total(counted)} B counted (${total(transfers)} B with every image), ${total(scripts)} B of JavaScript`,
      );
      expect(total(counted), describeList(counted)).toBeLessThanOrEqual(60 * KB);
      await page.screenshot({ path: `${SHOTS}/light-article.png`, fullPage: false });
    });
  });

  it("the home page's first visit: at most 40 KB, images aside, and no layout shift", async () => {
    await withPage(
      async (page) => {
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { __shifts: number[] }).__shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              shifts.push((entry as unknown as { value: number }).value);
          }).observe({ type: "layout-shift", buffered: true });
        });
        const transfers = await firstVisit(page, "/");
        const counted = transfers.filter((item) => item.type !== "image");
        console.log(`home first visit: ${total(counted)} B without images`);
        expect(total(counted), describeList(counted)).toBeLessThanOrEqual(40 * KB);
        expect(
          transfers.some(
            (item) => item.url.includes("/_next/static/chunks/") && item.type === "script",
          ),
        ).toBe(false);
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: number[] }).__shifts,
        );
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      },
      { viewport: { width: 360, height: 740 } },
    );
  });

  it("keeps the Content-Security-Policy and sends no inline script without a hash", async () => {
    const response = await fetch(`${baseUrl}/news/ales-bialiatski-released`);
    const html = await response.text();
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(html).not.toContain("self.__next_f");
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html).toContain('type="application/ld+json"');
    expect(response.headers.get("etag") ?? "-light").toMatch(/-light"?$/);
  });

  it("copy link works from the small actions script", async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
      await page.goto(`${baseUrl}/news/${article.slug}`);
      await page.getByRole("button", { name: "Copy link" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: /copied/i })
        .waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        `/news/${article.slug}`,
      );
    });
  });

  it("opens the comment form in place and posts it in place, without a page load", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/news/${article.slug}`);
      const before = page.url();
      let loads = 0;
      page.on("load", () => (loads += 1));
      await page.getByRole("link", { name: "Leave a comment" }).click();
      const form = page.locator("#comment-form");
      await form.getByLabel("Name").waitFor();
      expect(page.url()).toBe(before);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute("name")))
        .toBe("authorName");
      const body = `In place ${Date.now()}`;
      await form.getByLabel("Name").fill("Light Reader");
      await form.getByLabel("Email", { exact: true }).fill("light@example.org");
      await form.getByLabel("Comment", { exact: true }).fill(body);
      const year = form.getByLabel("What year is it?");
      if (await year.count()) await year.fill(String(new Date().getUTCFullYear()));
      await page.waitForTimeout(inject("commentTokenMinAgeMs") + 200);
      await form.getByRole("button", { name: "Post comment" }).click();
      await page.getByRole("status").filter({ hasText: "awaiting moderation" }).waitFor();
      expect(await page.locator("[data-posted-comment]").textContent()).toContain(body);
      expect(page.url()).toBe(before);
      expect(loads).toBe(0);
      const saved = await db.comment.findFirstOrThrow({ where: { articleId: article.id } });
      expect(saved.status).toBe("PENDING");
    });
  });

  it("signed-in staff still get React on public pages", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      const html = await (await page.request.get(`${baseUrl}/news/${article.slug}`)).text();
      expect(html).toMatch(/<script[^>]+src="\/_next\/static\/chunks\//);
    });
  });
});
