import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe("a page that does not exist", () => {
  it.each(["/this-does-not-exist", "/news/nope", "/tag/nope", "/page/999", "/a/b/c"])(
    "%s is a readable 404 with and without JavaScript: one header, one main, titled as not found",
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).not.toContain('id="__next_error__"');
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${baseUrl}${path}`);
        // Give the scripts time to run (and to replace the page, if they would): until the
        // network is quiet, or 15 s on a busy machine where prefetches keep it from ever being.
        if (javaScriptEnabled) {
          await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
        }
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
        expect(await page.locator("main").count()).toBe(1);
        expect(await page.locator("header").count()).toBe(1);
        expect(await page.locator("footer").count()).toBe(1);
        expect(await page.title()).toBe("Page not found | Free Ales Bialiatski");
        await context.close();
      }
    },
  );
});

describe("smaller things readers noticed", () => {
  it("search past the last page says so and links to the last page; its pages are not by date", async () => {
    const first = await (await fetch(`${baseUrl}/search?q=Viasna`)).text();
    const total = Number(/(\d+) results/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(10);
    const last = Math.ceil(total / 10);
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/search?q=Viasna&page=99`);
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).toContain("past the end");
    expect(body).not.toContain("Nothing matches");
    await page.getByRole("link", { name: `Go to the last page of results (page ${last})` }).click();
    await page.waitForURL(new RegExp(`page=${last}$`));
    expect(await page.locator("main ol li").count()).toBe(total - (last - 1) * 10);
    await page.goto(`${baseUrl}/search?q=Viasna`);
    const pages = page.getByRole("navigation", { name: "Pages" });
    expect(await pages.textContent()).toContain("Next →");
    expect(await pages.textContent()).not.toMatch(/Older|Newer/);
    await page.close();
  });

  it("a comment page past the last one is a 404", async () => {
    expect((await fetch(`${baseUrl}/news/ales-bialiatski-released/comments/2`)).status).toBe(404);
  });

  it("on a phone the home page lists categories once, and the header leaves room for the news", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const visibleCategoryLists = await page
      .getByRole("heading", { name: "Categories" })
      .evaluateAll(
        (headings) =>
          headings.filter((heading) => (heading as HTMLElement).offsetParent !== null).length,
      );
    expect(visibleCategoryLists).toBe(1);
    const header = await page.locator("header").first().boundingBox();
    expect(header!.height).toBeLessThanOrEqual(170);
    const search = page.getByRole("searchbox", { name: "Search the news" }).first();
    const placeholderFits = await search.evaluate((input: HTMLInputElement) => {
      const canvas = document.createElement("canvas").getContext("2d")!;
      canvas.font = getComputedStyle(input).font;
      const style = getComputedStyle(input);
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(input.placeholder).width <= room;
    });
    expect(placeholderFits).toBe(true);
    await context.close();
  });

  it("the comment form says comments are moderated, marks the year required, and lists no obsolete tags", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/news/ales-bialiatski-released?respond=1#respond`);
    const respond = page.locator("#respond");
    expect(await respond.textContent()).toContain("A moderator reads every comment");
    const heading = await respond.getByRole("heading").first().textContent();
    const buttons = await respond.getByRole("button").allTextContents();
    expect(buttons).not.toContain(heading);
    expect(await page.getByLabel("What year is it?").getAttribute("required")).not.toBeNull();
    const hint = (await respond.locator("code").textContent()) ?? "";
    expect(hint).not.toMatch(/acronym|strike/);
    expect(hint).toContain("<abbr");
    await context.close();
  });

  it("after Leave a comment or Reply, keyboard focus is in the form", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/news/ales-bialiatski-released`);
    await page.getByRole("link", { name: "Leave a comment" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("name")))
      .toBe("authorName");
    const heading = page.locator("#respond h3");
    expect(await heading.textContent()).not.toBe("Leave a comment");
    await page.close();
  });

  it("/about links its email address and /take-action says where to send a translation", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/about`);
    expect(
      await page.getByRole("link", { name: "newsroom@example.org" }).getAttribute("href"),
    ).toBe("mailto:newsroom@example.org");
    await page.goto(`${baseUrl}/take-action`);
    const item = page.locator("li", { hasText: "send it to us" });
    expect(await item.getByRole("link").getAttribute("href")).toMatch(/^mailto:/);
    await page.close();
  });
});
