import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync("tests/e2e/screenshots", { recursive: true });
});

afterAll(async () => {
  await browser.close();
});

describe("home page", () => {
  it("lists the seeded published news, newest first, and nothing unpublished", async () => {
    const db = createPrismaClient(inject("e2eDatabaseUrl"));
    const [published, hidden] = await Promise.all([
      db.article.findMany({
        where: { kind: "POST", status: "PUBLISHED", publishedAt: { lte: new Date() } },
        orderBy: { publishedAt: "desc" },
        select: { title: true },
      }),
      db.article.findMany({
        where: { status: { in: ["DRAFT", "SCHEDULED"] } },
        select: { title: true },
      }),
    ]);
    await db.$disconnect();

    const page = await browser.newPage();
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);

    const titles = await page.locator("main article h2").allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(10);
    expect(titles).toEqual(published.map((a) => a.title).slice(0, titles.length));
    for (const article of hidden) expect(titles).not.toContain(article.title);
    await expect
      .poll(() => page.locator("main article time").first().getAttribute("datetime"))
      .toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.screenshot({ path: "tests/e2e/screenshots/home-desktop.png", fullPage: true });
    await page.close();
  });
});
