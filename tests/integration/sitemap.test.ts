import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SITE_LANGUAGES } from "@/tests/factories/locale";
import { buildSitemap } from "@/lib/seo/sitemap";
import { listSitemapEntries } from "@/lib/seo/sitemap-queries";
import { absoluteUrl } from "@/lib/urls";
import {
  createArticle,
  createAuthor,
  createHiddenArticles,
  createTerm,
} from "@/tests/factories/distribution";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
type SitemapXml = {
  urlset?: { url: { loc: string; lastmod?: string }[] };
  sitemapindex?: { sitemap: { loc: string; lastmod?: string }[] };
};
const parseSitemap = (text: string) => parser.parse(text) as SitemapXml;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
});

afterAll(async () => {
  await database.drop();
});

describe("sitemap", () => {
  it("lists the home page, published articles, pages and terms with news, dated by their latest change", async () => {
    const { db } = database;
    const author = await createAuthor(db);
    const termDate = new Date("2025-01-01T00:00:00Z");
    const tag = await createTerm(db, "TAG", { slug: "viasna", updatedAt: termDate });
    const empty = await createTerm(db, "REGION", { slug: "nowhere", updatedAt: termDate });
    const story = await createArticle(db, author.id, {
      slug: "story",
      termIds: [tag.id],
      updatedAt: new Date("2026-03-01T10:00:00Z"),
    });
    const newer = await createArticle(db, author.id, {
      slug: "newer",
      termIds: [tag.id],
      updatedAt: new Date("2026-04-01T10:00:00Z"),
    });
    const page = await createArticle(db, author.id, {
      kind: "PAGE",
      slug: "about",
      updatedAt: new Date("2026-02-01T10:00:00Z"),
    });
    // Hidden articles are edited later than anything public: they must not move any lastmod.
    const hidden = await createHiddenArticles(db, author.id, [tag.id]);

    const entries = await listSitemapEntries(SITE_LANGUAGES, { db });
    const built = buildSitemap(entries)!;
    expect(XMLValidator.validate(built.xml)).toBe(true);
    const urls = parseSitemap(built.xml).urlset!.url as { loc: string; lastmod: string }[];
    const lastmod = Object.fromEntries(urls.map((url) => [url.loc, url.lastmod]));

    expect(lastmod).toEqual({
      [absoluteUrl("/")]: newer.updatedAt.toISOString(),
      [absoluteUrl("/news/story")]: story.updatedAt.toISOString(),
      [absoluteUrl("/news/newer")]: newer.updatedAt.toISOString(),
      [absoluteUrl("/about")]: page.updatedAt.toISOString(),
      [absoluteUrl("/tag/viasna")]: newer.updatedAt.toISOString(),
    });
    // Each of the site's languages has a home page, even before anything is written in it.
    expect(urls.map((url) => url.loc)).toEqual(
      expect.arrayContaining([absoluteUrl("/be"), absoluteUrl("/ru")]),
    );
    // A term no published news carries has no archive, so it is not listed.
    expect(built.xml).not.toContain(empty.slug);
    for (const article of Object.values(hidden)) {
      expect(built.xml).not.toContain(article.slug);
    }
  });

  it("splits into an index whose parts hold every URL once", async () => {
    const entries = await listSitemapEntries(SITE_LANGUAGES, { db: database.db });
    const index = parseSitemap(buildSitemap(entries, { limit: 4 })!.xml);
    const parts = index.sitemapindex!.sitemap as { loc: string }[];
    expect(parts.map((part) => part.loc)).toEqual([
      `${absoluteUrl("/sitemap.xml")}?part=1`,
      `${absoluteUrl("/sitemap.xml")}?part=2`,
    ]);
    const locs = parts.flatMap((_, i) => {
      const built = buildSitemap(entries, { limit: 4, part: i + 1 })!;
      expect(XMLValidator.validate(built.xml)).toBe(true);
      return (parseSitemap(built.xml).urlset!.url as { loc: string }[]).map((url) => url.loc);
    });
    // Five English URLs, and the Belarusian and Russian home pages.
    expect(locs).toHaveLength(7);
    expect(new Set(locs)).toEqual(new Set(entries.map((entry) => absoluteUrl(entry.path))));
  });
});
