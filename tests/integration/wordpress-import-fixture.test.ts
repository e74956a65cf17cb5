import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createStaff } from "@/tests/factories/articles";
import { type ScriptResult, runScript } from "@/tests/setup/run-script";

// A real export: WordPress 6.1's own export_wp() wrote it from the site seed-site.php builds.
const FIXTURE = "tests/fixtures/wordpress";
const EXPORT = `${FIXTURE}/campaign-export.xml`;

let database: TestDatabase;
let folder: string;
let first: ScriptResult;

const importCli = (args: string[]) =>
  runScript(
    "import-wordpress.ts",
    args,
    {
      DATABASE_URL: database.url,
      MEDIA_DIR: path.join(folder, "media"),
      // As `npm run import:wordpress` runs it: the media service is guarded by server-only.
      NODE_OPTIONS: "--conditions=react-server",
    },
    120_000,
  );

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  folder = await mkdtemp(path.join(tmpdir(), "wxr-fixture-"));
  await createStaff(database.db, "ADMIN");
  first = await importCli([EXPORT, "--uploads", `${FIXTURE}/uploads`, "--no-fetch"]);
}, 180_000);

afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

const byTitle = (title: string) =>
  database.db.article.findFirstOrThrow({
    where: { title },
    include: { terms: true, coverImage: true, comments: true, author: true },
  });

describe("importing a real WordPress export from the command line", () => {
  it("exits 0 and prints the report", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Imported from http://old-campaign.example (WXR 1.2)");
    expect(first.stdout).toMatch(/Posts\s+13\s+0\s+0\s+1/);
    expect(first.stdout).toMatch(/Comments\s+10\s+0\s+0\s+2/);
    expect(first.stdout).toContain("Shortcodes left as text: contact-form-7 2");
  });

  it("brings the story with its cover, terms, author and threaded comments", async () => {
    const story = await byTitle("Two years behind bars");
    expect(story.status).toBe("PUBLISHED");
    expect(story.publishedAt?.toISOString().slice(0, 10)).toBe("2013-08-04");
    expect(story.coverImage?.originalName).toBe("solidarity-with-viasna.jpg");
    expect(story.terms.map((t) => `${t.taxonomy}:${t.slug}`).sort()).toEqual([
      "CATEGORY:news",
      "REGION:babruisk",
      "TAG:ales-bialiatski",
      "TAG:fidh",
      "TAG:political-prisoners",
    ]);
    expect(story.author).toMatchObject({ role: "AUTHOR", isActive: false });
    const thread = story.comments;
    expect(thread).toHaveLength(5);
    const reply = thread.find((c) => c.authorName === "Maryia")!;
    expect(thread.find((c) => c.id === reply.parentId)?.body).toContain("The postcard address");
    expect(thread.find((c) => c.body.includes("solidarity day"))?.status).toBe("PENDING");
  });

  it("rewrites body images to the imported files and keeps classic paragraphs", async () => {
    const bodies = await database.db.article.findMany({ select: { body: true } });
    const all = bodies.map((b) => b.body).join("\n");
    expect(all).toMatch(/<img[^>]+src="\/media\/uploads\//);
    expect(all).not.toContain("old-campaign.example/wp-content/uploads");
    expect(all).not.toContain("<!-- wp:");
    const sticky = await byTitle("Ales Bialiatski is free");
    expect(sticky.isFeatured).toBe(true);
  });

  it("transliterates a Cyrillic slug and redirects its old percent-encoded address", async () => {
    const story = await byTitle("Свабоду Алесю Бяляцкаму!");
    expect(story.slug).toMatch(/^[a-z0-9-]+$/);
    const redirect = await database.db.redirect.findUnique({
      where: { fromPath: "/2011/11/30/свабоду-алесю-бяляцкаму" },
    });
    expect(redirect?.articleId).toBe(story.id);
  });

  it("redirects the address a post had before it was renamed on the old site", async () => {
    const renamed = await database.db.redirect.findUnique({
      where: { fromPath: "/ales-bialiatski-detained" },
      include: { article: { select: { slug: true } } },
    });
    expect(renamed?.article?.slug).toBe("viasnas-chairman-detained");
  });

  it("changes nothing the second time, and refuses a file that is not an export with one line", async () => {
    const before = await database.db.article.count();
    const again = await importCli([EXPORT, "--uploads", `${FIXTURE}/uploads`, "--no-fetch"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Posts\s+0\s+0\s+13\s+1/);
    expect(await database.db.article.count()).toBe(before);

    const notAnExport = await importCli(["package.json"]);
    expect(notAnExport.code).toBe(1);
    expect(notAnExport.stderr.trim().split("\n")).toEqual([
      "This file is not a WordPress export: it has no <rss><channel>.",
    ]);
  });
});
