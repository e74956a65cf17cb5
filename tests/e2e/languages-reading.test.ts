import AxeBuilder from "@axe-core/playwright";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createComment } from "@/tests/factories/distribution";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";
import { PAGES, englishOnly, readerText, shows } from "@/tests/e2e/language-pages";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();

afterAll(async () => {
  await db.$disconnect();
});

// First, so the screenshots show the demo content rather than what later tests add.
describe("each language on screen", () => {
  it.each(["be", "ru"] as const)("the %s pages pass axe and fit 360 px", async (lang) => {
    await withPage(
      async (page) => {
        for (const [label, path] of [
          ["home", `/${lang}`],
          ["article", PAGES[lang][1]],
          ["search", PAGES[lang][5]],
        ] as const) {
          await page.goto(`${baseUrl}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} at 360px`).toBeLessThanOrEqual(0);
          const { violations } = await new AxeBuilder({ page }).analyze();
          expect(
            violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
            path,
          ).toEqual([]);
          await page.screenshot({
            path: `${SHOTS}/${label}-${lang}-mobile.png`,
            fullPage: label !== "article",
          });
        }
      },
      { viewport: { width: 360, height: 740 } },
    );
  });
});

describe("a Belarusian or Russian reader", () => {
  for (const lang of ["be", "ru"] as const) {
    it(`sees no English chrome string on the ${lang} pages, and <html lang="${lang}">`, async () => {
      const forbidden = englishOnly(lang);
      expect(forbidden.length).toBeGreaterThan(50);
      await withPage(async (page) => {
        for (const path of PAGES[lang]) {
          const response = await page.goto(`${baseUrl}${path}`);
          expect(response!.status(), path).toBe(path.endsWith("no-such-page") ? 404 : 200);
          expect(await page.locator("html").getAttribute("lang"), path).toBe(lang);
          expect(await page.locator("nav[data-language-switcher]").count(), path).toBe(1);
          const text = await readerText(page);
          expect(
            forbidden.filter((phrase) => shows(text, phrase)),
            `English chrome on ${path}`,
          ).toEqual([]);
        }
      });
    });
  }

  it("the comment form, its labels and its human question are in the page's language", async () => {
    const author = await createAuthor(db);
    for (const lang of ["be", "ru"] as const) {
      const article = await createPublicArticle(db, {
        authorId: author.id,
        language: lang,
        title: lang === "be" ? "Ліст у калонію" : "Письмо в колонию",
      });
      await withPage(async (page) => {
        await page.goto(`${baseUrl}/${lang}/news/${article.slug}?respond=1#respond`);
        const form = page.locator("form#comment-form");
        await form.waitFor();
        const text = await readerText(page);
        expect(
          englishOnly(lang).filter((phrase) => shows(text, phrase)),
          `English chrome on the ${lang} comment form`,
        ).toEqual([]);
        expect(await form.innerText()).toMatch(/[а-яёіў]{3,}/i);
        expect(await form.locator("label").count()).toBeGreaterThanOrEqual(3);
      });
    }
  });

  it.each([
    [1, "1 каментар", "1 комментарий"],
    [2, "2 каментары", "2 комментария"],
    [5, "5 каментароў", "5 комментариев"],
    [21, "21 каментар", "21 комментарий"],
  ])("counts %i comments in Belarusian and Russian plural forms", async (count, be, ru) => {
    const author = await createAuthor(db);
    for (const [lang, expected] of [
      ["be", be],
      ["ru", ru],
    ] as const) {
      const article = await createPublicArticle(db, {
        authorId: author.id,
        language: lang,
        title: lang === "be" ? "Пікет салідарнасці" : "Пикет солидарности",
      });
      for (let i = 0; i < count; i += 1) await createComment(db, article.id);
      const html = await (await fetch(`${baseUrl}/${lang}/news/${article.slug}`)).text();
      expect(html).toContain(expected);
    }
  });
});

describe("addresses", () => {
  it("a /be/ address that finds nothing is a Belarusian 404, even when an English story has that slug", async () => {
    const author = await createAuthor(db);
    const english = await createPublicArticle(db, { authorId: author.id });
    await createPublicArticle(db, {
      authorId: author.id,
      language: "be",
      slug: english.slug,
      status: "TRASH",
      title: "Выдаленая навіна",
    });
    const response = await fetch(`${baseUrl}/be/news/${english.slug}`, { redirect: "manual" });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<html[^>]+lang="be"/);
    // The unprefixed address predates languages: it still finds the story in any language.
    const belarusian = await createPublicArticle(db, { authorId: author.id, language: "be" });
    const old = await fetch(`${baseUrl}/news/${belarusian.slug}`, { redirect: "manual" });
    expect(old.status).toBe(308);
    expect(old.headers.get("location")).toMatch(new RegExp(`/be/news/${belarusian.slug}$`));

    // A trashed English story keeps its address: it does not move to its Belarusian translation.
    const trashed = await createPublicArticle(db, { authorId: author.id, status: "TRASH" });
    await createPublicArticle(db, { authorId: author.id, language: "be", slug: trashed.slug });
    const gone = await fetch(`${baseUrl}/news/${trashed.slug}`, { redirect: "manual" });
    expect(gone.status).toBe(404);

    // The default language asked for with its prefix moves to the same page, query kept.
    const prefixed = await fetch(`${baseUrl}/en/search?q=Viasna`, { redirect: "manual" });
    expect(prefixed.status).toBe(308);
    expect(prefixed.headers.get("location")).toMatch(/\/search\?q=Viasna$/);
  });
});
