import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createAuthor, createPublicArticle, createTerm } from "@/tests/factories/public";
import { seedDemoContent } from "@/lib/seed/seed";
import {
  PAGE_SIZE,
  getArticleNeighbours,
  getFeaturedArticle,
  getPublishedArticleBySlug,
  listArticlesByTerm,
  listPublishedArticles,
  listRelatedArticles,
} from "@/lib/articles/queries";
import { MATCH_END, MATCH_START, searchArticles } from "@/lib/search/queries";
import { getNavigation, getTermBySlug } from "@/lib/site/queries";

let database: TestDatabase;
let hidden: { title: string; slug: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  await seedDemoContent(database.db);
  const { db } = database;
  const author = await createAuthor(db);
  const future = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  hidden = await Promise.all([
    createPublicArticle(db, {
      authorId: author.id,
      title: "Hidden draft about prisoners",
      status: "DRAFT",
      publishedAt: null,
    }),
    createPublicArticle(db, {
      authorId: author.id,
      title: "Hidden review about prisoners",
      status: "IN_REVIEW",
      publishedAt: null,
    }),
    createPublicArticle(db, {
      authorId: author.id,
      title: "Hidden scheduled about prisoners",
      status: "SCHEDULED",
      publishedAt: future,
    }),
    createPublicArticle(db, {
      authorId: author.id,
      title: "Hidden trash about prisoners",
      status: "TRASH",
    }),
    createPublicArticle(db, {
      authorId: author.id,
      title: "Hidden future-dated about prisoners",
      status: "PUBLISHED",
      publishedAt: future,
    }),
  ]);
});

afterAll(async () => {
  await database.drop();
});

describe("published news lists", () => {
  it("list only published stories, newest first, a page at a time", async () => {
    const first = await listPublishedArticles("en", 1);
    const second = await listPublishedArticles("en", 2);

    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.total).toBe(
      await database.db.article.count({
        where: {
          kind: "POST",
          language: "en",
          status: "PUBLISHED",
          publishedAt: { lte: new Date() },
        },
      }),
    );
    expect(first.totalPages).toBe(Math.ceil(first.total / PAGE_SIZE));
    const all = [...first.items, ...second.items];
    const dates = all.map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    for (const story of hidden) expect(all.map((a) => a.title)).not.toContain(story.title);
  });

  it("answers an empty page past the end instead of failing", async () => {
    const past = await listPublishedArticles("en", 9999);
    expect(past.items).toEqual([]);
    expect(past.page).toBe(9999);
  });

  it("puts the featured story on top", async () => {
    const featured = await getFeaturedArticle("en");
    expect(featured?.slug).toBe("ales-bialiatski-released");
  });
});

describe("one article", () => {
  it("finds a published story by slug with its author, cover and terms", async () => {
    const article = await getPublishedArticleBySlug("ales-bialiatski-released", "POST", "en");
    expect(article?.title).toBeTruthy();
    expect(article?.author.name).toBeTruthy();
    expect(article?.cover?.src).toMatch(/^\/demo\/.+\.svg$/);
    expect(article?.terms.some((t) => t.taxonomy === "TAG")).toBe(true);
  });

  it("never returns drafts, reviews, scheduled, trashed or future-dated stories", async () => {
    for (const story of hidden)
      expect(await getPublishedArticleBySlug(story.slug, "POST", "en"), story.title).toBeNull();
  });

  it("keeps pages and news apart", async () => {
    expect(await getPublishedArticleBySlug("about", "PAGE", "en")).not.toBeNull();
    expect(await getPublishedArticleBySlug("about", "POST", "en")).toBeNull();
    expect(await getPublishedArticleBySlug("ales-bialiatski-released", "PAGE", "en")).toBeNull();
  });

  it("links to the stories just before and after it", async () => {
    const article = (await getPublishedArticleBySlug("ales-bialiatski-released", "POST", "en"))!;
    const { previous, next } = await getArticleNeighbours(article.id, article.publishedAt!, "en");
    expect(previous && new Date(previous.publishedAt) <= new Date(article.publishedAt!)).toBe(true);
    expect(next && new Date(next.publishedAt) >= new Date(article.publishedAt!)).toBe(true);
    expect(previous?.slug).not.toBe(next?.slug);
  });

  it("relates stories that share tags or regions, at most three, never itself", async () => {
    const article = (await getPublishedArticleBySlug("ales-bialiatski-released", "POST", "en"))!;
    const related = await listRelatedArticles(article.id, "en");
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related.map((r) => r.id)).not.toContain(article.id);
  });
});

describe("archives", () => {
  it("lists a term's published stories and nothing hidden", async () => {
    const { db } = database;
    const tag = await createTerm(db, "TAG", "Archive test");
    const author = await createAuthor(db);
    await createPublicArticle(db, {
      authorId: author.id,
      title: "Tagged and public",
      termIds: [tag.id],
    });
    await createPublicArticle(db, {
      authorId: author.id,
      title: "Tagged draft",
      status: "DRAFT",
      publishedAt: null,
      termIds: [tag.id],
    });

    const result = await listArticlesByTerm(tag.id, "en", 1);
    expect(result.items.map((a) => a.title)).toEqual(["Tagged and public"]);
    expect((await getTermBySlug("TAG", tag.slug, "en"))?.name).toBe("Archive test");
    expect(await getTermBySlug("CATEGORY", tag.slug, "en")).toBeNull();
  });

  it("offers background pages, categories and regions for navigation", async () => {
    const navigation = await getNavigation("en");
    expect(navigation.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["about", "take-action"]),
    );
    expect(navigation.categories.map((c) => c.slug)).toContain("news");
    expect(navigation.regions.map((r) => r.slug)).toContain("belarus");
  });
});

describe("search", () => {
  const titles = async (query: string) =>
    (await searchArticles(query, 1, "en")).hits.map((hit) => hit.title);

  it("finds English words in other inflections, with highlighted snippets", async () => {
    const results = await searchArticles("sentencing", 1, "en");
    expect(results.total).toBeGreaterThan(0);
    expect(results.hits[0]?.snippet).toContain(MATCH_START);
    expect(results.hits[0]?.snippet).toContain(MATCH_END);
    expect(await titles("imprisoned")).not.toEqual([]);
  });

  it("finds Belarusian and Russian words", async () => {
    const belarusian = await searchArticles("Бяляцкі", 1, "en");
    expect(belarusian.hits.some((hit) => hit.slug === "ales-bialiacki-na-voli")).toBe(true);
    const russian = await searchArticles("правозащитника", 1, "en");
    expect(russian.hits.some((hit) => hit.slug === "alesyu-belyatskomu-50-let")).toBe(true);
  });

  it("ranks a title match first", async () => {
    const [first] = await titles("Havel");
    expect(first).toMatch(/Havel/);
  });

  it("never finds hidden stories", async () => {
    const found = await titles("hidden prisoners");
    expect(found).toEqual([]);
  });

  it.each([
    '"Havel',
    "Havel & | ! <->",
    "((( Havel )))",
    "Havel' --",
    "Havel OR zzqqxx",
    "Havel:* & !",
    "✊🏽 Havel 🕊️",
  ])("finds the words of %j and treats the rest as nothing, never as syntax", async (query) => {
    const results = await searchArticles(query, 1, "en");
    expect(results.total).toBeGreaterThan(0);
    expect(results.hits[0]?.title).toMatch(/Havel/);
  });

  it.each(["(((", "\\", "-", "&|!", "✊🏽 🕊️"])(
    "answers %j, which has no words, with no results and no error",
    async (query) => {
      expect(await searchArticles(query, 1, "en")).toEqual({
        hits: [],
        total: 0,
        page: 1,
        totalPages: 1,
        alsoSearched: [],
        suggestion: null,
      });
    },
  );

  it("pages through results and answers past the end with no hits", async () => {
    const all = await searchArticles("Bialiatski", 1, "en");
    expect(all.total).toBeGreaterThan(10);
    const second = await searchArticles("Bialiatski", 2, "en");
    expect(second.hits.length).toBeGreaterThan(0);
    expect(second.hits.map((h) => h.id)).not.toContain(all.hits[0]?.id);
    expect((await searchArticles("Bialiatski", 500, "en")).hits).toEqual([]);
  });
});
