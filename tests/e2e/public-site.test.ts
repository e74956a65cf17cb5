import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();

afterAll(async () => {
  await db.$disconnect();
});

describe("reading the news", () => {
  it("reads the featured story, follows its tag to the archive and pages through it", async () => {
    await withPage(async (page) => {
      await page.goto(baseUrl);
      await page
        .getByRole("region", { name: "Featured" })
        .getByRole("link")
        .filter({ hasText: "free" })
        .first()
        .click();
      await page.waitForURL(/\/news\/ales-bialiatski-released$/);

      const article = page.locator("main article").first();
      await expect.poll(() => article.locator("h1").textContent()).toMatch(/free/i);
      expect(
        await article.locator(":scope > header time").first().getAttribute("datetime"),
      ).toMatch(/^2014-06-21T/);
      expect(await article.locator(":scope > header").textContent()).toContain("By");
      const cover = article.locator("figure img").first();
      expect(await cover.getAttribute("alt")).toBeTruthy();
      expect(await article.locator("figure figcaption").first().textContent()).toContain(
        "Illustration",
      );
      expect(await article.locator(".article-body p").count()).toBeGreaterThan(2);
      expect(await page.getByRole("link", { name: /Read the next story/ }).count()).toBe(1);
      expect(await page.getByRole("link", { name: /Previous story/ }).count()).toBe(1);
      expect(await page.getByRole("heading", { name: "Related stories" }).count()).toBe(1);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: `${SHOTS}/article-desktop.png`, fullPage: true });

      // The tag under "Filed under" (the card of the person the story is about links to him too).
      await article
        .getByRole("region", { name: "Filed under" })
        .getByRole("link", { name: "Ales Bialiatski", exact: true })
        .click();
      await page.waitForURL(/\/tag\/ales-bialiatski$/);
      expect(await page.locator("h1").textContent()).toBe("Ales Bialiatski: tagged posts");
      const firstPage = await page.locator("main article h2").allTextContents();
      expect(firstPage).toHaveLength(10);
      await page.getByRole("link", { name: /Older/ }).click();
      await page.waitForURL(/\/tag\/ales-bialiatski\/page\/2$/);
      const secondPage = await page.locator("main article h2").allTextContents();
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
      expect(await page.getByText(/Page 2 of \d+/).count()).toBe(1);
    });
  });

  it("lists the latest news on the home page, newest first, and hides what is not published", async () => {
    const hidden = await db.article.findMany({
      where: { status: { in: ["DRAFT", "SCHEDULED"] } },
      select: { title: true, slug: true },
    });
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    await withPage(async (page) => {
      await page.goto(baseUrl);
      const titles = await page.locator("#latest-heading ~ ul article h2").allTextContents();
      expect(titles.length).toBeGreaterThanOrEqual(9);
      for (const story of hidden) expect(titles).not.toContain(story.title);
      const dates = await page
        .locator("#latest-heading ~ ul article time")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(
        await page.getByRole("navigation", { name: "Categories" }).getByRole("link").count(),
      ).toBeGreaterThan(1);
      expect(
        await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "About the campaign" })
          .count(),
      ).toBe(1);
    });
    for (const story of hidden) {
      const response = await fetch(`${baseUrl}/news/${story.slug}`);
      expect(response.status, story.slug).toBe(404);
    }
  });

  it("shows a background page at its own path from the navigation", async () => {
    await withPage(async (page) => {
      await page.goto(baseUrl);
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "How you can help" })
        .click();
      await page.waitForURL(/\/take-action$/);
      expect(await page.locator("h1").textContent()).toBe("How you can help");
      expect(await page.getByRole("heading", { name: "Share this" }).count()).toBe(1);
    });
  });

  it("searches in English (any inflection) and in Cyrillic", async () => {
    await withPage(async (page) => {
      await page.goto(baseUrl);
      await page.getByRole("searchbox", { name: "Search the news" }).fill("sentencing");
      await page.getByRole("searchbox", { name: "Search the news" }).press("Enter");
      await page.waitForURL(/\/search\?q=sentencing/);
      expect(await page.locator("main ol h2").count()).toBeGreaterThan(0);
      expect(await page.locator("main ol mark").first().textContent()).toMatch(/sentenc/i);

      await page.goto(`${baseUrl}/be/search?q=${encodeURIComponent("Бяляцкі")}`);
      expect(await page.locator("main ol h2").allTextContents()).toContain(
        "Алесь Бяляцкі на волі пасля 1052 дзён зняволення",
      );
      await page.goto(`${baseUrl}/ru/search?q=${encodeURIComponent("правозащитника")}`);
      expect(
        (await page.locator("main ol h2").allTextContents()).some((t) => t.includes("Беляцкому")),
      ).toBe(true);
    });
  });
});

describe("share links", () => {
  it("encodes titles with quotes, ampersands, #, Cyrillic and emoji", async () => {
    const author = await createAuthor(db);
    const title = `"Free them" & #FreeAles: Алесь Бяляцкі ✊🏽`;
    const article = await createPublicArticle(db, {
      authorId: author.id,
      title,
      slug: "share-encoding-test",
    });
    const url = `${baseUrl}/news/${article.slug}`;
    await withPage(async (page) => {
      await page.goto(url);
      const hrefs = await page
        .getByRole("region", { name: "Share this" })
        .locator("a")
        .evaluateAll((links) =>
          Object.fromEntries(links.map((a) => [a.textContent, a.getAttribute("href") ?? ""])),
        );
      for (const network of [
        "Facebook",
        "X",
        "Telegram",
        "WhatsApp",
        "VK",
        "Odnoklassniki",
        "LinkedIn",
        "Reddit",
        "Email",
      ]) {
        expect(hrefs[network], network).toBeTruthy();
      }
      const telegram = new URL(hrefs.Telegram!);
      expect(telegram.searchParams.get("url")).toBe(url);
      expect(telegram.searchParams.get("text")).toBe(title);
      expect(new URL(hrefs.X!).searchParams.get("text")).toBe(title);
      expect(new URL(hrefs.Reddit!).searchParams.get("title")).toBe(title);
      expect(new URL(hrefs.WhatsApp!).searchParams.get("text")).toBe(`${title} ${url}`);
      expect(decodeURIComponent(hrefs.Email!.split("subject=")[1]!.split("&")[0]!)).toBe(title);
      expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(1);
    });
  });
});

describe("privacy", () => {
  it("makes no request to any other host on the home, article and archive pages", async () => {
    const origin = new URL(baseUrl).host;
    const foreign: string[] = [];
    const violations: string[] = [];
    await withPage(async (page, context) => {
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          violations.push(message.text());
      });
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (!["data:", "blob:"].includes(url.protocol) && url.host !== origin)
          foreign.push(request.url());
      });
      for (const path of [
        "/",
        "/news/ales-bialiatski-released",
        "/tag/viasna",
        "/region/belarus",
        "/take-action",
        "/search?q=viasna",
      ]) {
        await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
        await page.mouse.wheel(0, 20_000);
        await page.waitForLoadState("networkidle");
      }
      expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    });
    expect(foreign).toEqual([]);
    expect(violations, "the page's own scripts run under its CSP").toEqual([]);
  });
});
