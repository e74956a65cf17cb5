import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  getFeaturedArticle,
  getPublishedArticleBySlug,
  listArticlesByTerm,
  listPublishedArticles,
  listPublishedTranslations,
} from "@/lib/articles/queries";
import { trashArticles } from "@/lib/articles/lifecycle";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/service";
import { createTranslation, getTranslationGroup } from "@/lib/articles/translations";
import { getSiteFeed } from "@/lib/feeds/feeds";
import { seedDemoContent } from "@/lib/seed/seed";
import { rebuildSearchLexicon } from "@/lib/search/lexicon";
import { searchArticles } from "@/lib/search/queries";
import { defaultSiteSettings, siteTexts } from "@/lib/settings/schemas";
import { updateLanguageSettings } from "@/lib/settings/service";
import { getNavigation, getTermBySlug } from "@/lib/site/queries";
import { updateTermTranslations } from "@/lib/taxonomy/service";
import { articleInput, createStaffOfEveryRole } from "@/tests/factories/articles";
import { LOCALES } from "@/tests/factories/locale";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  await seedDemoContent(database.db);
  staff = await createStaffOfEveryRole(database.db);
  await rebuildSearchLexicon(database.db);
});

afterAll(async () => {
  await database.drop();
});

const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);

describe("each language's lists hold only that language", () => {
  it("home pages, featured stories and archives", async () => {
    const [en, be, ru] = await Promise.all(
      (["en", "be", "ru"] as const).map((lang) => listPublishedArticles(lang, 1)),
    );
    expect(slugsOf(be!.items)).toEqual(
      expect.arrayContaining(["ales-bialiacki-na-voli", "ales-bialiacki-zatrymany"]),
    );
    expect(slugsOf(be!.items)).not.toContain("ales-bialiatski-released");
    expect(slugsOf(ru!.items)).toContain("alesyu-belyatskomu-50-let");
    expect(slugsOf(en!.items)).not.toContain("ales-bialiacki-na-voli");
    expect((await getFeaturedArticle("be"))?.slug).toBe("ales-bialiacki-na-voli");
    expect((await getFeaturedArticle("en"))?.slug).toBe("ales-bialiatski-released");

    const tag = await getTermBySlug("TAG", "ales-bialiacki", "be");
    expect(tag?.name).toBe("Алесь Бяляцкі");
    const archive = await listArticlesByTerm(tag!.id, "be", 1);
    expect(archive.items.length).toBeGreaterThan(0);
    expect(new Set(archive.items.map((item) => item.language))).toEqual(new Set(["be"]));
  });

  it("names terms in the reader's language, and finds an archive by its own slug there", async () => {
    const navigation = await getNavigation("ru");
    expect(navigation.categories.map((c) => c.name)).toContain("Новости");
    expect(navigation.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["o-kampanii", "kak-pomoch"]),
    );
    // The English slug still finds the term, to be sent on to the Russian one.
    expect((await getTermBySlug("CATEGORY", "news", "ru"))?.canonicalSlug).toBe("novosti");
  });

  it("a language's feed carries only stories in it, with that language's prefix", async () => {
    const feed = await getSiteFeed(defaultSiteSettings, LOCALES.be, { db: database.db });
    expect(feed.xml).toContain("<language>be</language>");
    expect(feed.xml).toContain("/be/news/ales-bialiacki-na-voli");
    expect(feed.xml).not.toContain("/news/ales-bialiatski-released<");
    expect(feed.xml).not.toContain("Alesyu");
  });
});

describe("translations", () => {
  it("the demo's Belarusian and Russian stories are translations of the English one", async () => {
    const english = await getPublishedArticleBySlug("ales-bialiatski-released", "POST", "en");
    const group = await listPublishedTranslations(english!.translationGroupId!);
    expect(group.map((t) => `${t.language}:${t.slug}`).sort()).toEqual([
      "be:ales-bialiacki-na-voli",
      "en:ales-bialiatski-released",
      "ru:ales-belyatskiy-na-svobode",
    ]);
  });

  it("a translation starts as a prefilled draft and publishing it leaves its source as it was", async () => {
    const source = await saveArticle(
      staff.editor,
      undefined,
      articleInput({ title: "Statement on the hearing", body: "<p>The hearing is closed.</p>" }),
      { intent: "publish" },
    );
    const { id } = await createTranslation(staff.editor, source.id, "be");
    const draft = await database.db.article.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({
      language: "be",
      status: "DRAFT",
      title: "Statement on the hearing",
      body: "<p>The hearing is closed.</p>",
      translatedFromId: source.id,
    });
    const before = await database.db.article.findUniqueOrThrow({ where: { id: source.id } });

    await saveArticle(
      staff.editor,
      id,
      articleInput({ title: "Заява пра пасяджэнне", language: "be", slug: draft.slug }),
      { intent: "publish" },
    );
    await saveArticle(
      staff.editor,
      id,
      articleInput({ title: "Заява пра пасяджэнне", language: "be", slug: draft.slug }),
      { intent: "unpublish" },
    );
    const after = await database.db.article.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("flags a translation whose source changed after it was last saved", async () => {
    const source = await saveArticle(staff.editor, undefined, articleInput({ title: "Source" }));
    const { id } = await createTranslation(staff.editor, source.id, "ru");
    let group = await getTranslationGroup(staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(false);
    expect(group.missing).toEqual(["be"]);

    await saveArticle(staff.editor, source.id, articleInput({ title: "Source, corrected" }));
    group = await getTranslationGroup(staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(true);
    const fromSource = await getTranslationGroup(staff.editor, source.id);
    expect(fromSource.members.find((m) => m.id === id)).toMatchObject({
      isTranslationOfThis: true,
      sourceChanged: true,
    });

    // Saving the translation records that it now follows the corrected source.
    const translation = await database.db.article.findUniqueOrThrow({ where: { id } });
    await saveArticle(
      staff.editor,
      id,
      articleInput({ title: "Источник", language: "ru", slug: translation.slug }),
    );
    group = await getTranslationGroup(staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(false);

    // Restoring the source's first text is a change of text too.
    const [first] = await database.db.articleRevision.findMany({
      where: { articleId: source.id },
      orderBy: { createdAt: "asc" },
      take: 1,
    });
    await restoreRevision(staff.editor, source.id, first!.id);
    group = await getTranslationGroup(staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(true);
  });

  it("refuses a second version in a language the group already has", async () => {
    const source = await saveArticle(staff.editor, undefined, articleInput());
    const { id } = await createTranslation(staff.editor, source.id, "ru");
    await expect(createTranslation(staff.editor, source.id, "ru")).rejects.toMatchObject({
      field: "language",
    });
    const translation = await database.db.article.findUniqueOrThrow({ where: { id } });
    await expect(
      saveArticle(staff.editor, id, articleInput({ language: "en", slug: translation.slug })),
    ).rejects.toMatchObject({ field: "language" });
  });

  it("a trashed version still holds its language and shows in the group, to be restored", async () => {
    const source = await saveArticle(staff.editor, undefined, articleInput());
    const { id } = await createTranslation(staff.editor, source.id, "ru");
    await trashArticles(staff.editor, [id]);
    const group = await getTranslationGroup(staff.editor, source.id);
    expect(group.members.find((m) => m.id === id)?.status).toBe("TRASH");
    expect(group.missing).toEqual(["be"]);
  });

  it("two translations started at once land in one group", async () => {
    const source = await saveArticle(staff.editor, undefined, articleInput());
    const [be, ru] = await Promise.all([
      createTranslation(staff.editor, source.id, "be"),
      createTranslation(staff.editor, source.id, "ru"),
    ]);
    const rows = await database.db.article.findMany({
      where: { id: { in: [source.id, be.id, ru.id] } },
      select: { translationGroupId: true },
    });
    expect(new Set(rows.map((row) => row.translationGroupId)).size).toBe(1);
    expect(rows[0]!.translationGroupId).toBeTruthy();
  });

  it("an author sees that other people's versions exist, not their titles", async () => {
    const source = await saveArticle(staff.author, undefined, articleInput({ title: "Mine" }));
    const other = await createTranslation(staff.editor, source.id, "ru");
    await saveArticle(
      staff.editor,
      other.id,
      articleInput({ title: "Чужой черновик", language: "ru", slug: `chuzhoy-${other.id}` }),
    );
    const group = await getTranslationGroup(staff.author, source.id);
    expect(group.members.find((m) => m.id === other.id)).toMatchObject({
      title: "",
      canOpen: false,
    });
  });

  it("an author cannot translate an article they may not open", async () => {
    const source = await saveArticle(staff.editor, undefined, articleInput());
    await expect(createTranslation(staff.author, source.id, "be")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createTranslation(staff.moderator, source.id, "be")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps each language's slugs apart: one slug may serve several languages", async () => {
    const slug = "common-slug";
    await saveArticle(staff.editor, undefined, articleInput({ slug, language: "en" }));
    await saveArticle(staff.editor, undefined, articleInput({ slug, language: "ru" }));
    await expect(
      saveArticle(staff.editor, undefined, articleInput({ slug, language: "ru" })),
    ).rejects.toMatchObject({ field: "slug" });
  });
});

describe("term names per language", () => {
  it("are saved with their own slug, unique per language, and blank ones removed", async () => {
    const term = await database.db.term.findFirstOrThrow({
      where: { taxonomy: "TAG", slug: "solidarity" },
    });
    await updateTermTranslations(staff.editor, term.id, {
      be: { name: "Салідарнасць людзей", slug: "", description: "Падтрымка" },
    });
    const label = await database.db.termTranslation.findUniqueOrThrow({
      where: { termId_language: { termId: term.id, language: "be" } },
    });
    expect(label).toMatchObject({ name: "Салідарнасць людзей", slug: "salidarnasts-lyudzey" });

    const other = await database.db.term.findFirstOrThrow({
      where: { taxonomy: "TAG", slug: "postcards" },
    });
    await expect(
      updateTermTranslations(staff.editor, other.id, {
        be: { name: "Паштоўкі", slug: "salidarnasts-lyudzey", description: "" },
      }),
    ).rejects.toMatchObject({ field: "be.slug" });

    await updateTermTranslations(staff.editor, term.id, {
      be: { name: "", slug: "", description: "" },
    });
    expect(
      await database.db.termTranslation.count({ where: { termId: term.id, language: "be" } }),
    ).toBe(0);
    await expect(
      updateTermTranslations(staff.author, term.id, {
        be: { name: "x", slug: "", description: "" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("site languages", () => {
  it("the default must be one of the site's languages", async () => {
    await expect(
      updateLanguageSettings(staff.admin, {
        defaultLanguage: "ru",
        languages: ["en", "be"],
        translations: {},
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      updateLanguageSettings(staff.editor, {
        defaultLanguage: "en",
        languages: ["en"],
        translations: {},
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a new default language brings its own site texts, and the old default keeps its", async () => {
    const be = defaultSiteSettings.translations.be!;
    const ru = defaultSiteSettings.translations.ru!;
    const switched = await updateLanguageSettings(staff.admin, {
      defaultLanguage: "be",
      languages: ["en", "be", "ru"],
      translations: { be, ru },
    });
    expect(siteTexts(switched, "be")).toEqual(be);
    expect(siteTexts(switched, "en").title).toBe(defaultSiteSettings.title);
    expect(siteTexts(switched, "ru")).toEqual(ru);
    const back = await updateLanguageSettings(staff.admin, {
      defaultLanguage: "en",
      languages: ["en", "be", "ru"],
      // The form, drawn with Belarusian as the default, sent the other languages' texts.
      translations: { en: siteTexts(switched, "en"), ru },
    });
    expect(back.title).toBe(defaultSiteSettings.title);
    expect(siteTexts(back, "be")).toEqual(be);
  });
});

describe("search in the site's languages", () => {
  const found = async (query: string, lang: "en" | "be" | "ru" = "en") =>
    slugsOf((await searchArticles(query, 1, lang)).hits);

  it("finds Belarusian word forms: Бяляцкага finds a story that only says Бяляцкі", async () => {
    await database.db.article.create({
      data: {
        slug: "nominative-only",
        language: "be",
        title: "Алесь Бяляцкі і «Вясна»",
        excerpt: "Кароткая нататка.",
        body: "<p>Пра Алеся Бяляцкі.</p>",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: staff.editor.id,
      },
    });
    expect(await found("Бяляцкага", "be")).toContain("nominative-only");
    expect(await found("палітвязняў", "be")).not.toEqual([]);
  });

  it("finds a Belarusian noun from any of its case forms: калоніі, калоніяй, калонія", async () => {
    await database.db.article.create({
      data: {
        slug: "u-kalonii",
        language: "be",
        title: "Лісты ў калоніі",
        excerpt: "Што даходзіць да палітвязняў.",
        body: "<p>Пра лісты.</p>",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: staff.editor.id,
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
    const rows = await database.db.article.findMany({
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
    await saveArticle(staff.author, undefined, articleInput({ title: "Zhdanovichi embargoed" }));
    await rebuildSearchLexicon(database.db);
    const words = await database.db.searchWord.findMany({ where: { word: "zhdanovichi" } });
    expect(words).toEqual([]);
  });
});
