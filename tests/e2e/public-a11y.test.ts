import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
const withPage = fileBrowser();

describe("accessibility", () => {
  it.each([
    "/",
    "/news/ales-bialiatski-released",
    "/tag/viasna",
    "/search?q=prison",
    "/no-such-page",
  ])("axe finds no serious or critical violation on %s", async (path) => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}${path}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious).toEqual([]);
    });
  });

  it("has a skip link, landmarks and one h1 per page", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/news/ales-bialiatski-released`);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        "Skip to main content",
      );
      expect(await page.locator("header").first().count()).toBe(1);
      expect(await page.locator("main").count()).toBe(1);
      expect(await page.locator("footer").count()).toBeGreaterThan(0);
      expect(await page.locator("h1").count()).toBe(1);
    });
  });
});

describe("without JavaScript", () => {
  it("reads, navigates, pages and searches", async () => {
    await withPage(
      async (page) => {
        await page.goto(baseUrl);
        await page.getByRole("link", { name: /Older/ }).click();
        await page.waitForURL(/\/page\/2$/);
        await page.locator("main article h2 a").first().click();
        await page.waitForURL(/\/news\//);
        expect(await page.locator(".article-body").textContent()).toBeTruthy();
        await page.getByRole("searchbox", { name: "Search the news" }).fill("Viasna");
        await page.getByRole("button", { name: "Search", exact: true }).first().click();
        await page.waitForURL(/\/search\?q=Viasna/);
        expect(await page.locator("main ol h2").count()).toBeGreaterThan(0);
        expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe("responsive layout", () => {
  it.each([
    ["mobile", 360, 740],
    ["desktop", 1280, 900],
  ])("fits the %s width without sideways scrolling", async (name, width, height) => {
    await withPage(
      async (page) => {
        for (const [label, path] of [
          ["home", "/"],
          ["article", "/news/ales-bialiatski-released"],
          ["archive", "/tag/viasna"],
        ] as const) {
          await page.goto(`${baseUrl}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${label} at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `${SHOTS}/${label}-${name}.png`,
            fullPage: label !== "article",
          });
        }
      },
      { viewport: { width, height } },
    );
  });
});
