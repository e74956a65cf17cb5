import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ImportBusyError, NotWxrError, importWordPress } from "@/lib/import/wordpress/importer";
import type { ImportReport } from "@/lib/import/wordpress/types";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createStaff } from "@/tests/factories/articles";
import { SITE, wxrFile, wxrItem } from "@/tests/factories/wxr";

let database: TestDatabase;
let folder: string;
let adminId: string;

const channel = `
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>trials</wp:category_nicename><wp:category_parent>news</wp:category_parent><wp:cat_name><![CDATA[Trials]]></wp:cat_name></wp:category>
<wp:term><wp:term_id>9</wp:term_id><wp:term_taxonomy>region</wp:term_taxonomy><wp:term_slug>minsk</wp:term_slug><wp:term_name><![CDATA[Minsk]]></wp:term_name></wp:term>
<wp:term><wp:term_id>11</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_slug>main</wp:term_slug><wp:term_name><![CDATA[Main]]></wp:term_name></wp:term>`;

const thread = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, parent: id - 1, content: `Level ${id}` }));

const items = [
  wxrItem({
    id: 10,
    title: "Verdict announced",
    sticky: true,
    terms: [
      { domain: "category", slug: "trials", name: "Trials" },
      { domain: "region", slug: "minsk", name: "Minsk" },
      { domain: "post_tag", slug: "not-listed", name: "Not listed" },
    ],
    comments: [
      ...thread,
      { id: 20, approved: "trash" },
      { id: 21, approved: "spam", content: "Buy now" },
      { id: 22, approved: "0", content: "Waiting" },
      { id: 23, type: "pingback" },
      { id: 24, parent: 999, content: "Orphan reply" },
    ],
  }),
  wxrItem({ id: 11, title: "Draft", status: "draft", slug: "" }),
  wxrItem({ id: 12, title: "Pending", status: "pending", commentStatus: "closed" }),
  wxrItem({
    id: 13,
    title: "Later",
    status: "future",
    date: "2030-01-01 09:00:00",
    dateGmt: "0000-00-00 00:00:00",
  }),
  wxrItem({ id: 14, title: "Private", status: "private" }),
  wxrItem({ id: 15, title: "Guarded", password: "secret" }),
  wxrItem({ id: 16, title: "Gone", status: "trash" }),
  wxrItem({ id: 17, title: "Same slug", slug: "same" }),
  wxrItem({ id: 18, title: "Same slug again", slug: "same" }),
  `<item><title>Broken</title><wp:post_id>19</wp:post_id><wp:post_type>post</wp:post_type><b></item>`,
  Buffer.concat([
    Buffer.from(`<item><title>Bad bytes</title><wp:post_id>30</wp:post_id><content:encoded>`),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`</content:encoded></item>`),
  ]),
  wxrItem({ id: 31, title: "Control\u0007 characters" }),
  wxrItem({ id: 32, title: "About", type: "page", link: `${SITE}/about/` }),
  wxrItem({ id: 33, title: "Menu", type: "nav_menu_item" }),
];

async function writeExport(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return file;
}

const run = (file: string, extra: Partial<Parameters<typeof importWordPress>[0]> = {}) =>
  importWordPress({
    file,
    db: database.db,
    databaseUrl: database.url,
    fetchMedia: false,
    ...extra,
  });

let first: ImportReport;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  folder = await mkdtemp(path.join(tmpdir(), "wxr-edges-"));
  process.env.MEDIA_DIR = path.join(folder, "media");
  adminId = (await createStaff(database.db, "ADMIN")).id;
  first = await run(await writeExport("site.xml", wxrFile({ channel, items })), {
    actorId: adminId,
  });
});

afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

const article = (title: string) =>
  database.db.article.findFirstOrThrow({ where: { title }, include: { terms: true } });

describe("importing a WordPress export with every awkward case", () => {
  it("maps statuses, sticky posts, closed comments and password-protected posts", async () => {
    expect((await article("Verdict announced")).status).toBe("PUBLISHED");
    expect((await article("Verdict announced")).isFeatured).toBe(true);
    expect((await article("Draft")).status).toBe("DRAFT");
    const pending = await article("Pending");
    expect([pending.status, pending.commentsOpen]).toEqual(["IN_REVIEW", false]);
    const later = await article("Later");
    expect(later.status).toBe("SCHEDULED");
    // No GMT date: 09:00 on the old site's clock, read in the site's time zone (Minsk, UTC+3).
    expect(later.publishedAt?.toISOString()).toBe("2030-01-01T06:00:00.000Z");
    expect(await article("Private")).toMatchObject({ status: "DRAFT", isPrivate: true });
    expect(await article("Guarded")).toMatchObject({ status: "DRAFT", isPrivate: true });
    expect(await database.db.article.count({ where: { title: "Gone" } })).toBe(0);
    expect(first.skippedByStatus).toMatchObject({ trash: 1, "type nav_menu_item": 1 });
    expect((await article("About")).kind).toBe("PAGE");
  });

  it("skips a broken item and a badly encoded one with a line each, and imports the rest", async () => {
    const lines = first.problems.map((p) => `${p.item}: ${p.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^item 19 \(Broken\): broken XML/));
    expect(lines).toContainEqual(expect.stringMatching(/^item 30 \(Bad bytes\): not valid UTF-8/));
    expect(lines).toContainEqual(
      expect.stringMatching(/post 31 .*1 characters XML does not allow/),
    );
    expect((await article("Control characters")).status).toBe("PUBLISHED");
  });

  it("keeps terms with their hierarchy, makes missing ones, and lists other taxonomies", async () => {
    const terms = (await article("Verdict announced")).terms;
    const trials = terms.find((t) => t.slug === "trials")!;
    const news = await database.db.term.findFirstOrThrow({
      where: { slug: "news", taxonomy: "CATEGORY" },
    });
    expect(trials.parentId).toBe(news.id);
    expect(terms.map((t) => `${t.taxonomy}:${t.slug}`).sort()).toEqual([
      "CATEGORY:trials",
      "REGION:minsk",
      "TAG:not-listed",
    ]);
    expect(first.problems.map((p) => p.message).join("\n")).toMatch(
      /not in the export's list of terms/,
    );
    expect(first.otherTaxonomies).toEqual({ nav_menu: 1 });
  });

  it("keeps comment threads, drops IP addresses, and hangs too-deep replies from the deepest allowed parent", async () => {
    const { id } = await article("Verdict announced");
    const comments = await database.db.comment.findMany({ where: { articleId: id } });
    const byBody = (text: string) => comments.find((c) => c.body.includes(text))!;
    // Trash and the pingback are skipped; spam and pending are kept.
    expect(comments).toHaveLength(10);
    expect(byBody("Buy now").status).toBe("SPAM");
    expect(byBody("Waiting").status).toBe("PENDING");
    expect(byBody("Orphan reply").parentId).toBeNull();
    const depth = (c: (typeof comments)[number]): number =>
      c.parentId ? 1 + depth(comments.find((p) => p.id === c.parentId)!) : 1;
    // The site allows five levels: levels 6 and 7 answer level 4's reply, sitting at level 5.
    expect(depth(byBody("Level 5"))).toBe(5);
    expect(byBody("Level 6").parentId).toBe(byBody("Level 4").id);
    expect(byBody("Level 7").parentId).toBe(byBody("Level 4").id);
    expect(JSON.stringify(comments)).not.toContain("203.0.113.7");
    expect(comments.every((c) => c.ipHash === null)).toBe(true);
  });

  it("gives a duplicate slug a new one and says so", async () => {
    expect((await article("Same slug")).slug).toBe("same");
    expect((await article("Same slug again")).slug).toBe("same-2");
    expect(first.problems.map((p) => p.message).join("\n")).toMatch(
      /"same" was taken; imported as "same-2"/,
    );
  });

  it("writes the old addresses as redirects to the new ones", async () => {
    const verdict = await article("Verdict announced");
    const to = async (fromPath: string) =>
      (await database.db.redirect.findUnique({ where: { fromPath } }))?.articleId ?? null;
    for (const from of [
      "/2024/03/01/verdict-announced",
      "/?p=10",
      "/archives/10",
      "/verdict-announced",
    ]) {
      expect(await to(from)).toBe(verdict.id);
    }
    const feed = await database.db.redirect.findUnique({ where: { fromPath: "/feed" } });
    expect(feed?.toPath).toBe("/feed.xml");
    const category = await database.db.redirect.findUnique({
      where: { fromPath: "/category/news/trials" },
    });
    expect(category?.termId).toBe(verdict.terms.find((t) => t.slug === "trials")!.id);
    // The page keeps its address: no redirect from /about to itself.
    expect(await database.db.redirect.count({ where: { fromPath: "/about" } })).toBe(0);
  });

  it("changes nothing when the same file is imported again, and updates what changed", async () => {
    const counts = async () => ({
      articles: await database.db.article.count(),
      comments: await database.db.comment.count(),
      terms: await database.db.term.count(),
      redirects: await database.db.redirect.count(),
      users: await database.db.user.count(),
    });
    const before = await counts();
    const again = await run(path.join(folder, "site.xml"), { actorId: adminId });
    expect(await counts()).toEqual(before);
    expect(again.counts.posts).toMatchObject({ created: 0, updated: 0 });
    expect(again.counts.comments.created).toBe(0);

    const edited = items.map((item) =>
      typeof item === "string" && item.includes("<wp:post_id>12<")
        ? item.replace("Pending", "Pending, retitled")
        : item,
    );
    const pending = await article("Pending");
    await database.db.article.update({
      where: { id: (await article("Draft")).id },
      data: { title: "Draft, edited here" },
    });
    const third = await run(await writeExport("edited.xml", wxrFile({ channel, items: edited })), {
      actorId: adminId,
    });
    expect(third.counts.posts.updated).toBe(1);
    expect((await database.db.article.findUniqueOrThrow({ where: { id: pending.id } })).title).toBe(
      "Pending, retitled",
    );
    expect(await counts()).toEqual(before);
  });

  it("writes nothing on a dry run, and reports what it would do", async () => {
    const fresh = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
    try {
      await createStaff(fresh.db, "ADMIN");
      const report = await importWordPress({
        file: path.join(folder, "site.xml"),
        db: fresh.db,
        databaseUrl: fresh.url,
        dryRun: true,
        fetchMedia: false,
      });
      expect(report.counts.posts.created).toBe(9);
      expect(await fresh.db.article.count()).toBe(0);
      expect(await fresh.db.term.count()).toBe(0);
      expect(await fresh.db.redirect.count()).toBe(0);
      expect(await fresh.db.user.count()).toBe(1);
    } finally {
      await fresh.drop();
    }
  });

  it("refuses a file that is not a WordPress export, and a second import while one runs", async () => {
    const rss = await writeExport(
      "feed.xml",
      Buffer.from(
        `<?xml version="1.0"?><rss><channel><title>A feed</title><item><title>x</title></item></channel></rss>`,
      ),
    );
    await expect(run(rss)).rejects.toThrow(NotWxrError);
    const file = path.join(folder, "site.xml");
    const results = await Promise.allSettled([
      run(file, { actorId: adminId }),
      run(file, { actorId: adminId }),
    ]);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => (r.status === "rejected" ? r.reason instanceof ImportBusyError : r)),
    ).toEqual([true]);
  });
});
