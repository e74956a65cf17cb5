import { randomUUID } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Page } from "playwright-core";
import Parser from "rss-parser";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";
import { headAlternates } from "@/tests/e2e/language-pages";
import { fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();

afterAll(async () => {
  await db.$disconnect();
});

describe("between languages", () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => name === "url" || name === "xhtml:link",
  });
  type Link = { hreflang: string; href: string };
  type Url = { loc: string; "xhtml:link"?: Link[] };

  it("hreflang is reciprocal across the whole sitemap, self-referencing, with x-default, and every target exists", async () => {
    const body = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = (xml.parse(body) as { urlset: { url: Url[] } }).urlset.url;
    const linked = urls.filter((url) => url["xhtml:link"]);
    expect(linked.length, "pages in more than one language").toBeGreaterThanOrEqual(9);
    const inSitemap = new Set(urls.map((url) => url.loc));
    for (const url of linked) {
      const set = Object.fromEntries(url["xhtml:link"]!.map((link) => [link.hreflang, link.href]));
      expect(Object.values(set), `${url.loc} refers to itself`).toContain(url.loc);
      expect(set["x-default"], url.loc).toBeTruthy();
      for (const [lang, href] of Object.entries(set)) {
        if (lang === "x-default") continue;
        expect(inSitemap.has(href), `${href} (from ${url.loc}) is in the sitemap`).toBe(true);
        const sibling = urls.find((other) => other.loc === href)!;
        const back = Object.fromEntries(
          (sibling["xhtml:link"] ?? []).map((link) => [link.hreflang, link.href]),
        );
        expect(back, `${href} links back to the same set as ${url.loc}`).toEqual(set);
      }
      // The page's own <head> carries the very same set.
      expect(await headAlternates(url.loc), url.loc).toEqual(set);
    }
  });

  it("the switcher leads to the translation or to the language's home, with and without JavaScript", async () => {
    const author = await createAuthor(db);
    const lonely = await createPublicArticle(db, {
      authorId: author.id,
      title: `Only in English ${randomUUID().slice(0, 6)}`,
    });
    for (const javaScriptEnabled of [false, true]) {
      await withPage(
        async (page) => {
          await page.goto(`${baseUrl}/news/ales-bialiatski-released`);
          const switcher = page.locator("nav[data-language-switcher]");
          for (const link of await switcher.locator("a").all()) {
            expect(await link.getAttribute("lang")).toMatch(/^(be|ru)$/);
            expect(await link.getAttribute("hreflang")).toBe(await link.getAttribute("lang"));
          }
          await switcher.getByRole("link", { name: "Беларуская" }).click();
          await page.waitForURL(`${baseUrl}/be/news/ales-bialiacki-na-voli`);
          expect(await page.locator("html").getAttribute("lang")).toBe("be");
          await page
            .locator("nav[data-language-switcher]")
            .getByRole("link", { name: "Русский" })
            .click();
          await page.waitForURL(`${baseUrl}/ru/news/ales-belyatskiy-na-svobode`);
          expect(await page.locator("h1").innerText()).toMatch(/Беляцкий/);
          await page
            .locator("nav[data-language-switcher]")
            .getByRole("link", { name: "English" })
            .click();
          await page.waitForURL(`${baseUrl}/news/ales-bialiatski-released`);

          await page.goto(`${baseUrl}/news/${lonely.slug}`);
          await page
            .locator("nav[data-language-switcher]")
            .getByRole("link", { name: "Беларуская" })
            .click();
          await page.waitForURL(`${baseUrl}/be`);
          expect(await page.locator("html").getAttribute("lang")).toBe("be");
        },
        { javaScriptEnabled },
      );
    }
  });

  it("each language's feed parses and holds only that language's stories", async () => {
    const rss = new Parser();
    for (const [lang, path] of [
      ["en", "/feed.xml"],
      ["be", "/be/feed.xml"],
      ["ru", "/ru/feed.xml"],
    ] as const) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      expect(XMLValidator.validate(body), path).toBe(true);
      expect(body).toContain(`<language>${lang}</language>`);
      const feed = await rss.parseString(body);
      expect(feed.items.length, path).toBeGreaterThanOrEqual(3);
      // Every story in it is written in that language (looked up by the slug in its link).
      for (const item of feed.items) {
        const slug = decodeURIComponent(new URL(item.link!).pathname.split("/").pop()!);
        const story = await db.article.findFirst({
          where: { slug, language: lang, kind: "POST", status: "PUBLISHED" },
          select: { title: true },
        });
        expect(story?.title, `${path}: ${item.link}`).toBe(item.title);
      }
      const prefix = lang === "en" ? `${baseUrl}/news/` : `${baseUrl}/${lang}/news/`;
      for (const item of feed.items) expect(item.link, path).toMatch(new RegExp(`^${prefix}`));
    }
  });

  it("publishing or trashing one translation in the editor leaves its siblings' status alone", async () => {
    const author = await createAuthor(db);
    const group = randomUUID();
    const stamp = randomUUID().slice(0, 6);
    const english = await createPublicArticle(db, {
      authorId: author.id,
      title: `Letters reach the colony ${stamp}`,
      body: "<p>Readers sent letters.</p>",
    });
    const russian = await createPublicArticle(db, {
      authorId: author.id,
      language: "ru",
      status: "DRAFT",
      publishedAt: null,
      title: `Письма дошли до колонии ${stamp}`,
    });
    await db.article.updateMany({
      where: { id: { in: [english.id, russian.id] } },
      data: { translationGroupId: group },
    });
    const before = await db.article.findUniqueOrThrow({ where: { id: english.id } });

    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/articles/${english.id}`);
      const panel = page.getByRole("region", { name: "Translations" });
      await panel.getByText("Russian").waitFor();
      await panel.getByRole("button", { name: "Translate into Belarusian" }).click();
      await page.waitForURL(/\/admin\/articles\/[^/?]+\?saved=translation/);
      const belarusianId = /\/admin\/articles\/([^/?]+)/.exec(page.url())![1]!;
      expect(belarusianId).not.toBe(english.id);
      await page.getByLabel("Title", { exact: true }).fill(`Лісты дайшлі да калоніі ${stamp}`);
      await page.getByLabel("Slug (web address)").fill(`listy-${stamp}`);
      await page.getByRole("button", { name: "Publish now" }).click();
      await page.getByText("Published: readers can see it now.").waitFor();

      const read = (id: string) => db.article.findUniqueOrThrow({ where: { id } });
      const [en, ru, be] = await Promise.all([
        read(english.id),
        read(russian.id),
        read(belarusianId),
      ]);
      expect(be.status).toBe("PUBLISHED");
      expect(be.language).toBe("be");
      expect(be.translationGroupId).toBe(group);
      expect(en.status).toBe("PUBLISHED");
      expect(en.publishedAt).toEqual(before.publishedAt);
      expect(ru.status).toBe("DRAFT");

      // Readers find the Belarusian version; the Russian draft stays out of hreflang.
      expect((await fetch(`${baseUrl}/be/news/${be.slug}`)).status).toBe(200);
      expect(Object.keys(await headAlternates(`${baseUrl}/news/${en.slug}`)).sort()).toEqual([
        "be",
        "en",
        "x-default",
      ]);

      await page.getByRole("button", { name: "Move to trash" }).click();
      await page.getByText("Moved to the trash.").waitFor();
      expect((await db.article.findUniqueOrThrow({ where: { id: belarusianId } })).status).toBe(
        "TRASH",
      );
      expect((await db.article.findUniqueOrThrow({ where: { id: english.id } })).status).toBe(
        "PUBLISHED",
      );
      expect((await db.article.findUniqueOrThrow({ where: { id: russian.id } })).status).toBe(
        "DRAFT",
      );
      expect((await fetch(`${baseUrl}/news/${en.slug}`)).status).toBe(200);
      expect((await fetch(`${baseUrl}/be/news/${be.slug}`, { redirect: "manual" })).status).toBe(
        404,
      );
    });
  });
});

describe("search in every language", () => {
  async function titles(page: Page, path: string, query: string): Promise<string[]> {
    await page.goto(`${baseUrl}${path}?q=${encodeURIComponent(query)}`);
    return page.locator("main ol h2").allTextContents();
  }

  it("finds Belarusian inflected forms and other spellings of a name, and offers 'did you mean'", async () => {
    await withPage(async (page) => {
      // Genitive "Бяляцкага" finds the story that says "Бяляцкі".
      expect(await titles(page, "/be/search", "Бяляцкага")).toContain(
        "Алесь Бяляцкі на волі пасля 1052 дзён зняволення",
      );
      // The Russian spelling finds the Belarusian name.
      expect(await titles(page, "/be/search", "Беляцкий")).toContain(
        "Алесь Бяляцкі на волі пасля 1052 дзён зняволення",
      );
      for (const misspelling of ["Bialatski", "Bialiacki"]) {
        const found = await titles(page, "/search", misspelling);
        expect(found.length, misspelling).toBeGreaterThan(0);
        expect(
          found.some((title) => /Bialiatski/.test(title)),
          misspelling,
        ).toBe(true);
      }
      await page.goto(`${baseUrl}/search?q=Bialatski`);
      const suggestion = page.locator("[data-did-you-mean] a");
      expect((await suggestion.innerText()).toLowerCase()).toContain("bialiatski");
      await suggestion.click();
      await page.waitForURL(/q=bialiatski/i);
      expect(await page.locator("main ol h2").count()).toBeGreaterThan(0);
    });
  });

  it("finds Russian and English words in their inflected forms, the reader's language first", async () => {
    await withPage(async (page) => {
      const russian = await titles(page, "/ru/search", "приговорили");
      expect(russian).toContain("Алесь Беляцкий приговорён к четырём с половиной годам");
      const english = await titles(page, "/search", "sentences");
      expect(english).toContain("Ales Bialiatski sentenced to four and a half years");
      // On the Russian search page, Russian results come before any other language's.
      const results = page.locator("main ol > li");
      await page.goto(`${baseUrl}/ru/search?q=${encodeURIComponent("Бяляцкі")}`);
      const langs = await results.evaluateAll((items) =>
        items.map((item) => item.getAttribute("lang") ?? "ru"),
      );
      const firstOther = langs.findIndex((lang) => lang !== "ru");
      if (firstOther >= 0)
        expect(langs.slice(firstOther).every((lang) => lang !== "ru")).toBe(true);
    });
  });
});
