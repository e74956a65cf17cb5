import { describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/service";
import { rebuildSearchLexicon } from "@/lib/search/lexicon";
import { searchArticles } from "@/lib/search/queries";
import { articleInput } from "@/tests/factories/articles";
import { demoSiteDatabase, slugsOf } from "@/tests/factories/demo-site";

const site = demoSiteDatabase();

describe("search in the site's languages", () => {
  const found = async (query: string, lang: "en" | "be" | "ru" = "en") =>
    slugsOf((await searchArticles(query, 1, lang)).hits);

  it("finds Belarusian word forms: Бяляцкага finds a story that only says Бяляцкі", async () => {
    await site.database.db.article.create({
      data: {
        slug: "nominative-only",
        language: "be",
        title: "Алесь Бяляцкі і «Вясна»",
        excerpt: "Кароткая нататка.",
        body: "<p>Пра Алеся Бяляцкі.</p>",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: site.staff.editor.id,
      },
    });
    expect(await found("Бяляцкага", "be")).toContain("nominative-only");
    expect(await found("палітвязняў", "be")).not.toEqual([]);
  });

  it("finds a Belarusian noun from any of its case forms: калоніі, калоніяй, калонія", async () => {
    await site.database.db.article.create({
      data: {
        slug: "u-kalonii",
        language: "be",
        title: "Лісты ў калоніі",
        excerpt: "Што даходзіць да палітвязняў.",
        body: "<p>Пра лісты.</p>",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: site.staff.editor.id,
      },
    });
    for (const form of ["калонія", "калоніяй", "калоніі"]) {
      expect(await found(form, "be"), form).toContain("u-kalonii");
    }
  });

  it("finds English and Russian words in other inflections", async () => {
    expect(await found("sentencing")).toContain("sentenced-to-four-and-a-half-years");
    expect(await found("Беляцкого", "ru")).toContain("alesyu-belyatskomu-50-let");
  });

  it.each(["Bialatski", "Bialiacki", "Byalyatski"])(
    "finds Bialiatski when a reader types %s",
    async (spelling) => {
      const results = await searchArticles(spelling, 1, "en");
      expect(slugsOf(results.hits)).toContain("ales-bialiatski-released");
      expect(results.alsoSearched).toContain("bialiatski");
    },
  );

  it("suggests the spelling the site uses for a word it never uses", async () => {
    const results = await searchArticles("Bialatski", 1, "en");
    expect(results.suggestion).toBe("bialiatski");
    expect((await searchArticles("Bialiatski", 1, "en")).suggestion).toBeNull();
  });

  it("a word excluded with a minus stays out, other spellings or not", async () => {
    const results = await searchArticles("Bialiatski -Viasna", 1, "en");
    expect(results.hits.length).toBeGreaterThan(0);
    const rows = await site.database.db.article.findMany({
      where: { id: { in: results.hits.map((hit) => hit.id) } },
      select: { title: true, excerpt: true, body: true },
    });
    for (const row of rows) {
      expect(`${row.title} ${row.excerpt} ${row.body}`).not.toMatch(/viasna|вясн|весн/i);
    }
    expect(results.suggestion).toBeNull();
  });

  it("Беляцкий finds the Belarusian stories that write Бяляцкі, the reader's language first", async () => {
    const hits = (await searchArticles("Беляцкий", 1, "be")).hits;
    expect(slugsOf(hits)).toContain("ales-bialiacki-na-voli");
    const languages = hits.map((hit) => hit.language);
    expect(languages.indexOf("be")).toBe(0);
    expect(languages.lastIndexOf("be")).toBeLessThan(
      languages.findIndex((lang) => lang !== "be") === -1
        ? Infinity
        : languages.findIndex((lang) => lang !== "be"),
    );
  });

  it("a word that only a draft uses is never suggested", async () => {
    await saveArticle(
      site.staff.author,
      undefined,
      articleInput({ title: "Zhdanovichi embargoed" }),
    );
    await rebuildSearchLexicon(site.database.db);
    const words = await site.database.db.searchWord.findMany({ where: { word: "zhdanovichi" } });
    expect(words).toEqual([]);
  });
});
