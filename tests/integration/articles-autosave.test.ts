import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { autosaveArticle, discardAutosave, getNewerAutosave } from "@/lib/articles/autosave";
import { compareRevisions, listRevisions } from "@/lib/articles/revisions";
import { ArticleConflictError, saveArticle } from "@/lib/articles/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import {
  articleInput,
  createArticle,
  createStaff,
  createStaffOfEveryRole,
  createTerm,
} from "@/tests/factories/articles";

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

/** What the editor's script sends: the form as FormData serializes it. */
function formValues(
  article: { id: string; updatedAt: Date } | null,
  fields: Record<string, string | string[]>,
): Record<string, string[]> {
  const values: Record<string, string[]> = {
    kind: ["POST"],
    id: [article?.id ?? ""],
    expectedUpdatedAt: [article?.updatedAt.toISOString() ?? ""],
    language: ["en"],
    commentsOpen: ["on"],
  };
  for (const [name, value] of Object.entries(fields)) {
    values[name] = Array.isArray(value) ? value : [value];
  }
  return values;
}

const autosaves = (articleId: string) =>
  database.db.articleRevision.findMany({ where: { articleId, kind: "AUTOSAVE" } });

describe("server autosave", () => {
  it("keeps one rolling autosave per editor and never touches the article, even a published one", async () => {
    const draft = await createArticle(database.db, staff.author.id, { body: "<p>Saved.</p>" });
    for (const body of ["<p>Typing one</p>", "<p>Typing two</p>", "<p>Typing three</p>"]) {
      const result = await autosaveArticle(
        staff.author,
        formValues(draft, { title: draft.title, body }),
      );
      expect(result.saved).toBe(true);
    }
    const rows = await autosaves(draft.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).toBe("<p>Typing three</p>");
    const after = await database.db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.body).toBe("<p>Saved.</p>");
    expect(after.updatedAt.getTime()).toBe(draft.updatedAt.getTime());

    const live = await createArticle(database.db, staff.editor.id, { status: "PUBLISHED" });
    await autosaveArticle(
      staff.editor,
      formValues(live, { title: "Changed headline", body: "<p>New<script>x()</script></p>" }),
    );
    const liveAfter = await database.db.article.findUniqueOrThrow({ where: { id: live.id } });
    expect(liveAfter).toMatchObject({ status: "PUBLISHED", title: live.title, body: live.body });
    expect(liveAfter.updatedAt.getTime()).toBe(live.updatedAt.getTime());
    const [liveAutosave] = await autosaves(live.id);
    expect(liveAutosave!.body).toBe("<p>New</p>");
    // Another editor's autosave of the same article is a row of its own.
    await autosaveArticle(staff.admin, formValues(live, { title: "Admin's try" }));
    expect(await autosaves(live.id)).toHaveLength(2);
    // Autosaves are not part of the history.
    expect(await listRevisions(staff.editor, live.id)).toHaveLength(1);
  });

  it("is offered back while newer than the article, and a real save clears it", async () => {
    const draft = await createArticle(database.db, staff.author.id, { body: "<p>Saved.</p>" });
    await autosaveArticle(
      staff.author,
      formValues(draft, { title: draft.title, body: "<p>Unsaved words</p>", tags: "Viasna" }),
    );
    const offer = await getNewerAutosave(staff.author, draft.id);
    expect(offer?.values.body).toEqual(["<p>Unsaved words</p>"]);
    expect(offer?.values.tags).toEqual(["Viasna"]);
    expect(await getNewerAutosave(staff.editor, draft.id)).toBeNull();

    await saveArticle(
      staff.author,
      draft.id,
      articleInput({ title: draft.title, body: "<p>Unsaved words</p>" }),
    );
    expect(await autosaves(draft.id)).toHaveLength(0);
    expect(await getNewerAutosave(staff.author, draft.id)).toBeNull();

    const reloaded = await database.db.article.findUniqueOrThrow({ where: { id: draft.id } });
    await autosaveArticle(staff.author, formValues(reloaded, { title: "Other" }));
    await discardAutosave(staff.author, draft.id);
    expect(await autosaves(draft.id)).toHaveLength(0);
  });

  it("refuses another author's article, a live article for an author and a stale version", async () => {
    const other = await createStaff(database.db, "AUTHOR");
    const draft = await createArticle(database.db, staff.author.id);
    await expect(
      autosaveArticle(other, formValues(draft, { title: "Not mine" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const live = await createArticle(database.db, staff.author.id, { status: "PUBLISHED" });
    await expect(
      autosaveArticle(staff.author, formValues(live, { title: "Live" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stale = { id: draft.id, updatedAt: new Date(draft.updatedAt.getTime() - 60_000) };
    await expect(
      autosaveArticle(staff.author, formValues(stale, { title: "Stale" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await autosaves(draft.id)).toHaveLength(0);
    expect(await autosaves(live.id)).toHaveLength(0);
  });

  it("creates a new article as a draft once it has a title", async () => {
    const createKey = randomUUID();
    expect(
      await autosaveArticle(staff.author, formValues(null, { body: "<p>x</p>" }), { createKey }),
    ).toEqual({ saved: false, reason: "untitled" });
    const result = await autosaveArticle(
      staff.author,
      formValues(null, { title: "Autosaved into being", body: "<p>First words</p>" }),
      { createKey },
    );
    if (!result.saved) throw new Error("not saved");
    const created = await database.db.article.findUniqueOrThrow({
      where: { id: result.articleId },
    });
    expect(created).toMatchObject({ status: "DRAFT", authorId: staff.author.id });
    expect(created.body).toBe("<p>First words</p>");
    expect(result.createdUpdatedAt?.getTime()).toBe(created.updatedAt.getTime());
  });
});

describe("one article per new-article session", () => {
  const countTitled = (title: string) => database.db.article.count({ where: { title } });

  it("creates it once for a key: a retry after a lost reply finds it and autosaves into it", async () => {
    const createKey = randomUUID();
    const title = `Lost reply ${createKey}`;
    const first = await autosaveArticle(
      staff.author,
      formValues(null, { title, body: "<p>One</p>" }),
      { createKey },
    );
    // The reply never arrived: the client sends again without an id, with the same key.
    const retry = await autosaveArticle(
      staff.author,
      formValues(null, { title, slug: `retried-${createKey}`, body: "<p>One two</p>" }),
      { createKey },
    );
    if (!first.saved || !retry.saved) throw new Error("not saved");
    expect(retry.articleId).toBe(first.articleId);
    expect(retry.createdUpdatedAt?.getTime()).toBe(first.createdUpdatedAt?.getTime());
    expect(await countTitled(title)).toBe(1);
    const [autosave] = await autosaves(first.articleId);
    expect(autosave?.body).toBe("<p>One two</p>");
    const article = await database.db.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(article.body).toBe("<p>One</p>");

    // Another editor's key is their own: the same key does not open this article to them.
    const other = await autosaveArticle(
      staff.editor,
      formValues(null, { title, slug: `other-${createKey}` }),
      { createKey },
    );
    if (!other.saved) throw new Error("not saved");
    expect(other.articleId).not.toBe(first.articleId);
  });

  it("creates exactly one article when requests with the same key arrive at once", async () => {
    const createKey = randomUUID();
    const title = `At once ${createKey}`;
    // Each with a slug of its own: without the lock on the key each would create an article.
    const results = await Promise.all(
      ["a", "b", "c", "d"].map((letter) =>
        autosaveArticle(
          staff.author,
          formValues(null, { title, slug: `at-once-${letter}-${createKey}` }),
          { createKey },
        ),
      ),
    );
    const ids = new Set(results.map((result) => (result.saved ? result.articleId : null)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await countTitled(title)).toBe(1);
  });

  it("refuses to create without a key, and an article autosave without its version", async () => {
    await expect(
      autosaveArticle(staff.author, formValues(null, { title: "No key" })),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await countTitled("No key")).toBe(0);

    const draft = await createArticle(database.db, staff.author.id);
    const values = formValues(draft, { title: "No stamp" });
    values.expectedUpdatedAt = [""];
    await expect(autosaveArticle(staff.author, values)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("does not say which version") as unknown,
    });
    expect(await autosaves(draft.id)).toHaveLength(0);
  });

  it("checks a save naming an article without its version against the article as created", async () => {
    const createKey = randomUUID();
    const first = await autosaveArticle(
      staff.author,
      formValues(null, { title: `Unstamped ${createKey}`, body: "<p>Kept.</p>" }),
      { createKey },
    );
    if (!first.saved) throw new Error("not saved");
    const id = first.articleId;
    const unstamped = (body: string) =>
      saveArticle(staff.author, id, articleInput({ title: `Unstamped ${createKey}`, body }), {
        expectedUpdatedAt: null,
      });
    // Nobody saved it since the autosave created it: the save goes through.
    await unstamped("<p>Mine.</p>");
    // Now it has been saved since: the same unstamped form is a conflict, its text kept aside.
    await expect(unstamped("<p>Blind.</p>")).rejects.toBeInstanceOf(ArticleConflictError);
    const after = await database.db.article.findUniqueOrThrow({ where: { id } });
    expect(after.body).toBe("<p>Mine.</p>");
    const kept = await database.db.articleRevision.findMany({
      where: { articleId: id, body: "<p>Blind.</p>" },
    });
    expect(kept).toHaveLength(1);
  });
});

describe("revision compare of every field", () => {
  it("shows a tag change, a changed link target and the other fields; older revisions say not recorded", async () => {
    const region = await createTerm(database.db, "REGION", { name: "Homel" });
    const created = await saveArticle(
      staff.author,
      undefined,
      articleInput({
        title: "Report",
        body: '<p>Read <a href="https://example.org/old-report">the report</a>.</p>',
        tags: ["Viasna", "Prisoners"],
        seoTitle: "Old SEO",
      }),
    );
    await saveArticle(
      staff.author,
      created.id,
      articleInput({
        title: "Report",
        body: '<p>Read <a href="https://example.org/new-report">the report</a>.</p>',
        tags: ["Viasna", "Trials"],
        regionIds: [region.id],
        seoTitle: "New SEO",
        language: "be",
      }),
    );
    const [latest, first] = await listRevisions(staff.author, created.id);
    const comparison = await compareRevisions(staff.author, created.id, first!.id, latest!.id);
    const removed = comparison.body.filter((p) => p.removed).map((p) => p.value);
    const added = comparison.body.filter((p) => p.added).map((p) => p.value);
    expect(removed.join(" ")).toContain("old");
    expect(added.join(" ")).toContain("new");
    expect(comparison.body.map((p) => p.value).join("")).toContain(
      "the report [https://example.org/",
    );
    const lists = Object.fromEntries(comparison.fields!.lists.map((l) => [l.name, l.change]));
    expect(lists.tags).toEqual({ added: ["Trials"], removed: ["Prisoners"], kept: ["Viasna"] });
    expect(lists.regions!.added).toEqual(["Homel"]);
    const text = Object.fromEntries(comparison.fields!.text.map((f) => [f.name, f.changed]));
    expect(text).toMatchObject({ seoTitle: true, language: true, slug: false });

    // A revision from before snapshots were kept: no false changes, just "not recorded".
    await database.db.articleRevision.update({
      where: { id: first!.id },
      data: { meta: Prisma.DbNull },
    });
    const older = await compareRevisions(staff.author, created.id, first!.id, latest!.id);
    expect(older.fields).toBeNull();
  });
});
