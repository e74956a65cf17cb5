import { XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  getArticleCommentsFeed,
  getCommentsFeed,
  getSiteFeed,
  getTermFeed,
} from "@/lib/feeds/feeds";
import { defaultSiteSettings as settings } from "@/lib/settings/schemas";
import { absoluteUrl } from "@/lib/urls";
import {
  createArticle,
  createAuthor,
  createComment,
  createHiddenArticles,
  createTerm,
} from "@/tests/factories/distribution";
import { LOCALES } from "@/tests/factories/locale";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

const parser = new Parser();
let database: TestDatabase;
let fixture: Awaited<ReturnType<typeof seed>>;

// PostgreSQL refuses U+0000 itself; the other control characters can reach the database.
const NASTY_TITLE = "Tom & Jerry <b> ]]> \u0008\u001B ✊🏽 Алесь Бяляцкі на волю";

async function seed() {
  const { db } = database;
  const author = await createAuthor(db, "Наталля Пінчук & <Co>");
  const tag = await createTerm(db, "TAG", { name: "Viasna", slug: "viasna" });
  const region = await createTerm(db, "REGION", { name: "Belarus", slug: "belarus" });
  const category = await createTerm(db, "CATEGORY", { name: "News", slug: "news" });
  const older = await createArticle(db, author.id, {
    title: "Older story",
    slug: "older-story",
    publishedAt: new Date("2026-01-01T10:00:00Z"),
    termIds: [region.id],
  });
  const nasty = await createArticle(db, author.id, {
    title: NASTY_TITLE,
    slug: "nasty",
    excerpt: "Excerpt & <more> \u0007",
    body: "<p>Body with &amp; and &lt;tag&gt; ]]&gt; and emoji ✊🏽 and кірыліца\u0001</p>",
    publishedAt: new Date("2026-02-01T10:00:00Z"),
    termIds: [tag.id, category.id],
  });
  const page = await createArticle(db, author.id, { kind: "PAGE", title: "About", slug: "about" });
  const embargoed = await createTerm(db, "TAG", { name: "Embargoed name", slug: "embargoed" });
  const hidden = await createHiddenArticles(db, author.id, [
    tag.id,
    region.id,
    category.id,
    embargoed.id,
  ]);

  const approved = await createComment(db, nasty.id, {
    authorName: "Reader ]]> & <friend>",
    body: "<p>Stay strong ✊ \u0008</p>",
    createdAt: new Date("2026-02-02T10:00:00Z"),
  });
  const pending = await createComment(db, nasty.id, {
    status: "PENDING",
    authorName: "HIDDEN pending",
  });
  const spam = await createComment(db, nasty.id, { status: "SPAM", authorName: "HIDDEN spam" });
  const onDraft = await createComment(db, hidden.draft.id, { authorName: "HIDDEN on a draft" });
  const onOlder = await createComment(db, older.id, {
    authorName: "Older reader",
    createdAt: new Date("2026-01-03T10:00:00Z"),
  });
  return {
    author,
    tag,
    region,
    category,
    older,
    nasty,
    page,
    embargoed,
    hidden,
    approved,
    pending,
    spam,
    onDraft,
    onOlder,
  };
}

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  fixture = await seed();
});

afterAll(async () => {
  await database.drop();
});

async function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parseString(xml);
}

describe("site feed", () => {
  it("carries published news only, newest first, with full content, author, categories and dates", async () => {
    const built = await getSiteFeed(settings, LOCALES.en, { db: database.db });
    const feed = await parse(built.xml);

    expect(feed.title).toBe(settings.title);
    expect(feed.link).toBe(absoluteUrl("/"));
    expect(feed.feedUrl).toBe(absoluteUrl("/feed.xml"));
    expect(feed.items.map((item) => item.title)).toEqual([
      "Tom & Jerry <b> ]]>  ✊🏽 Алесь Бяляцкі на волю",
      "Older story",
    ]);
    const [item] = feed.items;
    expect(item?.link).toBe(absoluteUrl("/news/nasty"));
    expect(item?.guid).toBe(absoluteUrl("/news/nasty"));
    expect(item?.pubDate).toBe("Sun, 01 Feb 2026 10:00:00 GMT");
    expect(item?.creator).toBe("Наталля Пінчук & <Co>");
    // Text, not markup: a reader rendering the description as HTML shows exactly this.
    expect(item?.contentSnippet).toBe("Excerpt & <more>");
    expect(item?.["content:encoded"]).toBe(
      "<p>Body with &amp; and &lt;tag&gt; ]]&gt; and emoji ✊🏽 and кірыліца</p>",
    );
    expect(
      item?.categories?.map((c: { _: string } | string) => (typeof c === "string" ? c : c._)),
    ).toEqual(["News", "Viasna"]);
    expect(built.xml).not.toContain("HIDDEN");
    expect(built.xml).not.toContain(absoluteUrl("/about"));
  });

  it("dates Last-Modified from the newest change", async () => {
    const built = await getSiteFeed(settings, LOCALES.en, { db: database.db });
    const newest = Math.max(fixture.nasty.updatedAt.getTime(), fixture.older.updatedAt.getTime());
    expect(built.lastModified.getTime()).toBe(Math.floor(newest / 1000) * 1000);
  });
});

describe("term feeds", () => {
  it("carry only the published news filed under the term", async () => {
    const tagFeed = await parse(
      (await getTermFeed(fixture.tag.id, settings, LOCALES.en, { db: database.db }))!.xml,
    );
    expect(tagFeed.title).toBe(`${settings.title}: Viasna`);
    expect(tagFeed.link).toBe(absoluteUrl("/tag/viasna"));
    expect(tagFeed.items.map((item) => item.link)).toEqual([absoluteUrl("/news/nasty")]);

    const regionFeed = await getTermFeed(fixture.region.id, settings, LOCALES.en, {
      db: database.db,
    });
    const region = await parse(regionFeed!.xml);
    expect(region.items.map((item) => item.title)).toEqual(["Older story"]);
    expect(regionFeed!.xml).not.toContain("HIDDEN");

    const categoryFeed = await getTermFeed(fixture.category.id, settings, LOCALES.en, {
      db: database.db,
    });
    expect((await parse(categoryFeed!.xml)).items).toHaveLength(1);
  });

  it("do not exist for an unknown term, or one that only unpublished articles carry", async () => {
    expect(await getTermFeed("no-such-term", settings, LOCALES.en, { db: database.db })).toBeNull();
    expect(
      await getTermFeed(fixture.embargoed.id, settings, LOCALES.en, { db: database.db }),
    ).toBeNull();
  });
});

describe("comment feeds", () => {
  it("the site feed lists approved comments on published articles only", async () => {
    const built = await getCommentsFeed(settings, LOCALES.en, { db: database.db });
    const feed = await parse(built.xml);
    expect(feed.items.map((item) => item.title)).toEqual([
      `Reader ]]> & <friend> on “${"Tom & Jerry <b> ]]>  ✊🏽 Алесь Бяляцкі на волю"}”`,
      "Older reader on “Older story”",
    ]);
    expect(feed.items[0]?.link).toBe(absoluteUrl(`/news/nasty#comment-${fixture.approved.id}`));
    expect(feed.items[0]?.["content:encoded"]).toBe("<p>Stay strong ✊ </p>");
    expect(feed.items[0]?.creator).toBe("Reader ]]> & <friend>");
    expect(built.xml).not.toContain("HIDDEN");
  });

  it("an article's feed lists its own approved comments", async () => {
    const built = await getArticleCommentsFeed(fixture.nasty.id, settings, LOCALES.en, {
      db: database.db,
    });
    const feed = await parse(built!.xml);
    expect(feed.feedUrl).toBe(absoluteUrl("/news/nasty/comments/feed.xml"));
    expect(feed.items.map((item) => item.creator)).toEqual(["Reader ]]> & <friend>"]);
    expect(built!.xml).not.toContain("HIDDEN");
  });

  it("does not exist for an unknown, unpublished or background-page slug", async () => {
    const options = { db: database.db };
    expect(
      await getArticleCommentsFeed("no-such-article", settings, LOCALES.en, options),
    ).toBeNull();
    expect(
      await getArticleCommentsFeed(fixture.hidden.draft.id, settings, LOCALES.en, options),
    ).toBeNull();
    expect(
      await getArticleCommentsFeed(fixture.hidden.scheduled.id, settings, LOCALES.en, options),
    ).toBeNull();
    expect(
      await getArticleCommentsFeed(fixture.hidden.trashed.id, settings, LOCALES.en, options),
    ).toBeNull();
    expect(await getArticleCommentsFeed(fixture.page.id, settings, LOCALES.en, options)).toBeNull();
  });
});
