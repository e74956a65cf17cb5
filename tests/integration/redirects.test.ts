import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, FieldError } from "@/lib/errors";
import { getRedirectForAdmin, listRedirectsForAdmin } from "@/lib/redirects/queries";
import {
  findRedirectTarget,
  flushRedirectHits,
  forgetRedirectLookups,
  recordRedirectHit,
} from "@/lib/redirects/lookup";
import { createRedirect, deleteRedirects, updateRedirectTarget } from "@/lib/redirects/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createArticle, createStaffOfEveryRole, createTerm } from "@/tests/factories/articles";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

beforeEach(() => forgetRedirectLookups());

/** What a call refused with: the field and message of a FieldError, or the AppError's code. */
async function refusal(work: Promise<unknown>): Promise<{ field?: string; message: string }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof FieldError) return { field: error.field, message: error.message };
  if (error instanceof AppError) return { message: error.code };
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const published = (slug: string, overrides: Parameters<typeof createArticle>[2] = {}) =>
  createArticle(database.db, staff.editor.id, { status: "PUBLISHED", slug, ...overrides });

describe("adding, editing and deleting redirects", () => {
  it("stores the old address normalized, linked to the article, and follows its address", async () => {
    const article = await published("story-one");
    const created = await createRedirect(staff.editor, {
      fromPath: "https://old.example.org/2020/05/Story-One/?utm_source=mail",
      target: "/news/story-one",
    });
    expect(created.fromPath).toBe("/2020/05/story-one");
    const row = await database.db.redirect.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ articleId: article.id, termId: null, toPath: "", source: "STAFF" });
    expect(await findRedirectTarget("/2020/05/story-one")).toEqual({
      id: created.id,
      target: "/news/story-one",
    });

    await database.db.article.update({
      where: { id: article.id },
      data: { slug: "story-renamed" },
    });
    forgetRedirectLookups();
    expect((await findRedirectTarget("/2020/05/story-one"))?.target).toBe("/news/story-renamed");

    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "redirect.create", targetId: created.id },
    });
    expect(audit.actorId).toBe(staff.editor.id);
    expect(audit.summary).toContain("/2020/05/story-one");
  });

  it("links a page, an archive, or this site's own full address; keeps other site paths", async () => {
    const page = await published("contacts", { kind: "PAGE" });
    const term = await createTerm(database.db, "TAG", { slug: "free-them" });
    const toPage = await createRedirect(staff.editor, {
      fromPath: "/about/contacts/",
      target: "http://localhost:3000/contacts",
    });
    const toTerm = await createRedirect(staff.editor, {
      fromPath: "/?tag=%D0%B2%D0%BE%D0%BB%D1%8F",
      target: "/tag/free-them",
    });
    const toPath = await createRedirect(staff.editor, {
      fromPath: "/?page_id=77",
      target: "/people?status=held",
    });
    const rows = await database.db.redirect.findMany({
      where: { id: { in: [toPage.id, toTerm.id, toPath.id] } },
    });
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId[toPage.id]?.articleId).toBe(page.id);
    expect(byId[toTerm.id]).toMatchObject({ termId: term.id, fromPath: "/?tag=воля" });
    expect(byId[toPath.id]).toMatchObject({ articleId: null, termId: null });
    expect((await findRedirectTarget("/?tag=воля"))?.target).toBe("/tag/free-them");
    expect((await findRedirectTarget("/?page_id=77"))?.target).toBe("/people?status=held");
  });

  it("refuses a duplicate old address however it is written", async () => {
    await createRedirect(staff.editor, { fromPath: "/dup-old", target: "/search" });
    expect(
      await refusal(createRedirect(staff.editor, { fromPath: "/DUP-old/", target: "/" })),
    ).toEqual({
      field: "fromPath",
      message: expect.stringMatching(/already a redirect from \/dup-old/) as string,
    });
  });

  it.each([
    ["https://evil.example/phish"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["javascript:alert(1)"],
    ["http://localhost:3000.evil.example/x"],
    ["/%2e%2e//evil.example"],
  ])("refuses to lead to %s (no open redirect)", async (target) => {
    const refused = await refusal(createRedirect(staff.editor, { fromPath: "/leave", target }));
    expect(refused.field).toBe("target");
    expect(refused.message).toMatch(/only to this site/);
  });

  it("refuses a redirect to itself, to a redirecting old address, and so any loop", async () => {
    expect(
      (await refusal(createRedirect(staff.editor, { fromPath: "/loop-a", target: "/Loop-A/" })))
        .message,
    ).toMatch(/old address itself/);
    const a = await createRedirect(staff.editor, { fromPath: "/loop-a", target: "/search" });
    const chained = await refusal(
      createRedirect(staff.editor, { fromPath: "/loop-b", target: "/loop-a" }),
    );
    expect(chained).toMatchObject({ field: "target" });
    expect(chained.message).toMatch(/\/loop-a is itself an old address/);
    await createRedirect(staff.editor, { fromPath: "/loop-b", target: "/badge" });
    // a → b would close the loop b → … → a.
    expect((await refusal(updateRedirectTarget(staff.editor, a.id, "/loop-b"))).message).toMatch(
      /itself an old address/,
    );
    expect((await findRedirectTarget("/loop-a"))?.target).toBe("/search");
  });

  it("refuses old addresses readers never reach and targets that do not exist", async () => {
    await published("existing-story");
    await published("about-us", { kind: "PAGE" });
    const from = async (fromPath: string) =>
      refusal(createRedirect(staff.editor, { fromPath, target: "/search" }));
    expect(await from("/")).toMatchObject({ field: "fromPath" });
    expect((await from("/?utm_source=x")).message).toMatch(/not the home page/);
    expect((await from("/news/existing-story")).message).toMatch(
      /form of this site's own addresses/,
    );
    expect((await from("/admin/users")).message).toMatch(/form of this site's own addresses/);
    expect((await from("/be")).message).toMatch(/form of this site's own addresses/);
    expect((await from("/About-Us/")).message).toMatch(/A published page has the address/);
    const to = async (target: string) =>
      refusal(createRedirect(staff.editor, { fromPath: "/nowhere", target }));
    expect((await to("/news/no-such-story")).message).toMatch(/No article or page/);
    expect((await to("/no-such-page")).message).toMatch(/No article or page/);
    expect((await to("/tag/no-such-tag")).message).toMatch(/No category, tag or region/);
  });

  it("lets editors and admins manage redirects, nobody else", async () => {
    for (const actor of [staff.author, staff.moderator, null]) {
      expect(
        await refusal(createRedirect(actor, { fromPath: "/forbidden", target: "/search" })),
      ).toEqual({ message: "FORBIDDEN" });
      expect(await refusal(listRedirectsForAdmin(actor, { page: 1 }))).toEqual({
        message: "FORBIDDEN",
      });
    }
    const ok = await createRedirect(staff.admin, { fromPath: "/by-admin", target: "/search" });
    expect(await refusal(deleteRedirects(staff.author, [ok.id]))).toEqual({ message: "FORBIDDEN" });
  });

  it("edits a target (imported ones too) and deletes one or several, audited", async () => {
    const imported = await database.db.redirect.create({
      data: { fromPath: "/?p=4040", toPath: "/search", source: "IMPORT" },
    });
    await updateRedirectTarget(staff.editor, imported.id, "/petitions");
    expect((await findRedirectTarget("/?p=4040"))?.target).toBe("/petitions");
    expect((await getRedirectForAdmin(staff.editor, imported.id))?.target).toEqual({
      kind: "path",
      path: "/petitions",
    });
    const other = await createRedirect(staff.editor, { fromPath: "/bulk-two", target: "/" });
    expect(await deleteRedirects(staff.editor, [imported.id, other.id, "gone-already"])).toEqual({
      count: 2,
    });
    expect(await findRedirectTarget("/?p=4040")).toBeNull();
    expect(
      await database.db.auditLog.count({
        where: { action: "redirect.delete", targetId: { in: [imported.id, other.id] } },
      }),
    ).toBe(2);
    expect((await refusal(updateRedirectTarget(staff.editor, imported.id, "/"))).message).toBe(
      "NOT_FOUND",
    );
  });

  it("lists 50 a page, newest first, searched by old or new address", async () => {
    const story = await published("searched-story", { title: "A searched story" });
    await database.db.redirect.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        fromPath: `/list/${String(i).padStart(2, "0")}`,
        toPath: "/search",
        source: "IMPORT" as const,
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    });
    await database.db.redirect.create({
      data: { fromPath: "/to-story", articleId: story.id, source: "IMPORT" },
    });
    const all = await listRedirectsForAdmin(staff.editor, { q: "/list/", page: 1 });
    expect(all.total).toBe(55);
    expect(all.pageCount).toBe(2);
    expect(all.rows).toHaveLength(50);
    expect(all.rows[0]?.fromPath).toBe("/list/54");
    const second = await listRedirectsForAdmin(staff.editor, { q: "/list/", page: 9 });
    expect(second.page).toBe(2);
    expect(second.rows.map((row) => row.fromPath)).toEqual([
      "/list/04",
      "/list/03",
      "/list/02",
      "/list/01",
      "/list/00",
    ]);
    const byTarget = await listRedirectsForAdmin(staff.editor, {
      q: "/news/searched-story",
      page: 1,
    });
    expect(byTarget.rows.map((row) => row.fromPath)).toEqual(["/to-story"]);
    expect(byTarget.rows[0]?.target).toMatchObject({ kind: "article", title: "A searched story" });
    const byOldForm = await listRedirectsForAdmin(staff.editor, {
      q: "https://old.example.org/LIST/07/",
      page: 1,
    });
    expect(byOldForm.rows.map((row) => row.fromPath)).toEqual(["/list/07"]);
  });
});

describe("looking old addresses up", () => {
  it("leads nowhere while the linked article is not published, and to it once it is", async () => {
    const draft = await createArticle(database.db, staff.editor.id, { slug: "not-yet" });
    await database.db.redirect.create({
      data: { fromPath: "/?p=123", articleId: draft.id, source: "IMPORT" },
    });
    expect(await findRedirectTarget("/?p=123")).toBeNull();
    await database.db.article.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 1000), language: "be" },
    });
    // The miss is kept for a few seconds; a staff change or the next 10 s forget it.
    expect(await findRedirectTarget("/?p=123")).toBeNull();
    forgetRedirectLookups();
    expect((await findRedirectTarget("/?p=123"))?.target).toBe("/be/news/not-yet");
  });

  it("never leads off the site, whatever was stored", async () => {
    for (const [index, toPath] of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
    ].entries()) {
      await database.db.redirect.create({ data: { fromPath: `/stored-${index}`, toPath } });
      expect(await findRedirectTarget(`/stored-${index}`), toPath).toBeNull();
    }
  });

  it("counts hits in memory and writes them together", async () => {
    const row = await database.db.redirect.create({
      data: { fromPath: "/counted", toPath: "/search" },
    });
    const at = new Date("2031-02-03T04:05:06Z");
    recordRedirectHit(row.id);
    recordRedirectHit(row.id, at);
    recordRedirectHit("deleted-meanwhile");
    expect((await database.db.redirect.findUniqueOrThrow({ where: { id: row.id } })).hits).toBe(0);
    await flushRedirectHits();
    expect(await database.db.redirect.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      hits: 2,
      lastHitAt: at,
    });
  });
});
