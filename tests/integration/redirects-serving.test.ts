import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { flushRedirectHits, forgetRedirectLookups } from "@/lib/redirects/lookup";
import { redirectProxy } from "@/lib/redirects/proxy";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createArticle, createStaff, createTerm } from "@/tests/factories/articles";

let database: TestDatabase;
let authorId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  authorId = (await createStaff(database.db, "EDITOR")).id;
  const story = await createArticle(database.db, authorId, {
    status: "PUBLISHED",
    slug: "served-story",
  });
  const draft = await createArticle(database.db, authorId, { slug: "served-draft" });
  await createArticle(database.db, authorId, {
    kind: "PAGE",
    status: "PUBLISHED",
    slug: "about-us",
  });
  const news = await createTerm(database.db, "CATEGORY", { slug: "novosti" });
  await database.db.redirect.createMany({
    data: [
      { fromPath: "/2020/05/served-story", articleId: story.id, source: "IMPORT" },
      { fromPath: "/?p=123", articleId: story.id, source: "IMPORT" },
      { fromPath: "/?p=124", articleId: draft.id, source: "IMPORT" },
      { fromPath: "/served-story", articleId: story.id, source: "IMPORT" },
      { fromPath: "/about-us", toPath: "/search", source: "IMPORT" },
      { fromPath: "/category/новости", termId: news.id, source: "IMPORT" },
      { fromPath: "/category/novosti/feed", toPath: "/category/novosti/feed.xml" },
      { fromPath: "/evil.example", toPath: "/petitions" },
    ],
  });
});

afterAll(async () => {
  await database.drop();
});

beforeEach(() => forgetRedirectLookups());

async function answer(path: string, method = "GET") {
  const response = await redirectProxy(new NextRequest(`http://localhost:3000${path}`, { method }));
  if (!response) return { status: "next" as const };
  const location = response.headers.get("location");
  return {
    status: response.status,
    location: location ? decodeURI(new URL(location).pathname + new URL(location).search) : null,
    rewrite: response.headers.get("x-middleware-rewrite"),
    cache: response.headers.get("cache-control"),
  };
}

describe("old addresses answer 301 with their new one", () => {
  it.each([
    ["/2020/05/served-story", "/news/served-story"],
    ["/2020/05/Served-Story/", "/news/served-story"],
    ["/index.php/2020/05/served-story/", "/news/served-story"],
    ["/?p=123", "/news/served-story"],
    ["/?p=123&utm_source=newsletter", "/news/served-story"],
    ["/index.php?p=123", "/news/served-story"],
    ["/served-story", "/news/served-story"],
    ["/served-story/", "/news/served-story"],
    ["/category/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/", "/category/novosti"],
    ["/category/novosti/feed/", "/category/novosti/feed.xml"],
    ["/?s=free+them", "/search?q=free them"],
  ])("%s → %s", async (path, target) => {
    const got = await answer(path);
    expect(got).toMatchObject({ status: 301, location: target });
    expect(got.cache).toMatch(/max-age=\d+/);
    expect((await answer(path, "HEAD")).status).toBe(301);
  });

  it("sends an unknown or unpublished WordPress query link to the 404 page, not the home page", async () => {
    for (const path of ["/?p=999", "/?p=124", "/?cat=77&feed=rss2"]) {
      const got = await answer(path);
      expect(got.status, path).toBe(200);
      expect(got.rewrite, path).toMatch(/\/default\/page-not-found\/old-address$/);
    }
  });

  it("leaves this site's own pages alone, and a published page wins over an old address", async () => {
    for (const path of ["/", "/?utm_source=x", "/?page=2", "/news/served-story", "/about-us"]) {
      expect((await answer(path)).status, path).toBe("next");
    }
    expect(await answer("/category/новости")).toEqual({ status: "next" });
    expect(await answer("/about-us/")).toMatchObject({ status: 308, location: "/about-us" });
  });

  it("removes a trailing slash with 308 when nothing was there, never leaving the site", async () => {
    expect(await answer("/2019/01/01/never-was")).toEqual({ status: "next" });
    expect(await answer("/2019/01/01/never-was/?x=1")).toMatchObject({
      status: 308,
      location: "/2019/01/01/never-was?x=1",
    });
    expect(await answer("/admin/")).toMatchObject({ status: 308, location: "/admin" });
    const leaving = await answer("//evil.example//");
    expect(leaving.status).toBe(301);
    expect(leaving.location).toBe("/petitions");
    expect(await answer("//other.example//")).toMatchObject({
      status: 308,
      location: "/other.example",
    });
  });

  it("answers only reads: a form sent to an old address goes on as it was", async () => {
    expect(await answer("/2020/05/served-story", "POST")).toEqual({ status: "next" });
  });

  it("counts each 301 as a hit", async () => {
    await flushRedirectHits();
    const before = await database.db.redirect.findUniqueOrThrow({
      where: { fromPath: "/category/novosti/feed" },
    });
    await answer("/category/novosti/feed");
    await answer("/category/novosti/feed/");
    await flushRedirectHits();
    const after = await database.db.redirect.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.hits - before.hits).toBe(2);
    expect(after.lastHitAt).not.toBeNull();
  });
});
