import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { FieldError } from "@/lib/errors";
import { publishDueArticles } from "@/lib/articles/scheduler";
import { ArticleConflictError, saveArticle } from "@/lib/articles/service";
import { purgeArticle, restoreArticles, trashArticles } from "@/lib/articles/lifecycle";
import { compareRevisions, listRevisions, restoreRevision } from "@/lib/articles/revisions";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { articleInput, createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";

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

async function fieldErrorOf(promise: Promise<unknown>): Promise<FieldError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

async function auditActions(targetId: string) {
  const rows = await database.db.auditLog.findMany({
    where: { targetId },
    orderBy: { createdAt: "asc" },
    select: { action: true },
  });
  return rows.map((r) => r.action);
}

describe("workflow permissions", () => {
  it("lets an author submit for review but not publish or schedule", async () => {
    const draft = await saveArticle(staff.author, undefined, articleInput());
    await expect(
      saveArticle(staff.author, draft.id, articleInput(), { intent: "publish" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveArticle(staff.author, draft.id, articleInput(), {
        intent: "schedule",
        scheduleAt: new Date(Date.now() + 86_400_000),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveArticle(staff.author, undefined, articleInput(), { intent: "publish" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const submitted = await saveArticle(staff.author, draft.id, articleInput(), {
      intent: "submit",
    });
    expect(submitted.status).toBe("IN_REVIEW");
    expect(
      await database.db.article.count({
        where: { authorId: staff.author.id, status: "PUBLISHED" },
      }),
    ).toBe(0);
  });

  it("keeps authors out of other people's articles and moderators out of all articles", async () => {
    const editorsArticle = await createArticle(database.db, staff.editor.id);
    await expect(
      saveArticle(staff.author, editorsArticle.id, articleInput({ title: "Hijacked" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveArticle(staff.moderator, editorsArticle.id, articleInput({ title: "Hijacked" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveArticle(staff.moderator, undefined, articleInput())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const row = await database.db.article.findUniqueOrThrow({ where: { id: editorsArticle.id } });
    expect(row.title).toBe(editorsArticle.title);
  });

  it("does not let an author change their own article once it is published", async () => {
    const live = await createArticle(database.db, staff.author.id, { status: "PUBLISHED" });
    await expect(
      saveArticle(staff.author, live.id, articleInput({ title: "Changed live" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("publishes, schedules and unpublishes for an editor, with audit entries", async () => {
    const now = new Date();
    const draft = await saveArticle(staff.editor, undefined, articleInput());
    const at = new Date(now.getTime() + 3_600_000);
    const scheduled = await saveArticle(staff.editor, draft.id, articleInput(), {
      intent: "schedule",
      scheduleAt: at,
      now,
    });
    expect(scheduled.status).toBe("SCHEDULED");
    const published = await saveArticle(staff.editor, draft.id, articleInput(), {
      intent: "publish",
      now,
    });
    expect(published.status).toBe("PUBLISHED");
    const row = await database.db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.publishedAt?.getTime()).toBe(now.getTime());
    const unpublished = await saveArticle(staff.editor, draft.id, articleInput(), {
      intent: "unpublish",
    });
    expect(unpublished.status).toBe("DRAFT");
    expect(await auditActions(draft.id)).toEqual([
      "article.schedule",
      "article.publish",
      "article.unpublish",
    ]);
  });

  it("refuses a schedule date in the past and changes nothing", async () => {
    const draft = await saveArticle(staff.editor, undefined, articleInput({ title: "Before" }));
    const error = await fieldErrorOf(
      saveArticle(staff.editor, draft.id, articleInput({ title: "After" }), {
        intent: "schedule",
        scheduleAt: new Date(Date.now() - 60_000),
      }),
    );
    expect(error.field).toBe("scheduleAt");
    expect(error.message).toMatch(/in the past/);
    const row = await database.db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ title: "Before", status: "DRAFT" });
  });
});

describe("conflicting saves", () => {
  it("refuses a stale save, keeps both versions and marks the attempt", async () => {
    const created = await saveArticle(
      staff.editor,
      undefined,
      articleInput({ title: "Shared", body: "<p>First version.</p>" }),
    );
    const openedAt = created.updatedAt;
    await saveArticle(staff.admin, created.id, articleInput({ body: "<p>Their version.</p>" }), {
      expectedUpdatedAt: openedAt,
    });

    const error = await saveArticle(
      staff.editor,
      created.id,
      articleInput({ body: "<p>My version.</p>" }),
      { expectedUpdatedAt: openedAt },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ArticleConflictError);
    expect((error as Error).message).toMatch(/saved this article after you opened it/);
    const row = await database.db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.body).toBe("<p>Their version.</p>");
    const revisions = await listRevisions(staff.editor, created.id);
    const mine = revisions.find((r) => r.isConflictingSave);
    expect(mine?.editorName).toBe(staff.editor.name);
    const kept = await database.db.articleRevision.findUniqueOrThrow({ where: { id: mine!.id } });
    expect(kept.body).toBe("<p>My version.</p>");
    expect(revisions.find((r) => r.isCurrent)?.editorName).toBe(staff.admin.name);
  });
});

describe("revisions", () => {
  it("compares two revisions word by word and restores an old one as a new revision", async () => {
    const created = await saveArticle(
      staff.author,
      undefined,
      articleInput({ title: "Letter", body: "<p>The old text about <b>Viasna</b>.</p>" }),
    );
    const second = await saveArticle(
      staff.author,
      created.id,
      articleInput({ title: "Letter", body: "<p>The new text about Viasna &lt;script&gt;.</p>" }),
    );
    const [latest, first] = await listRevisions(staff.author, created.id);
    const comparison = await compareRevisions(staff.author, created.id, first!.id, latest!.id);
    expect(comparison.body.filter((p) => p.removed).map((p) => p.value.trim())).toContain("old");
    expect(comparison.body.filter((p) => p.added).map((p) => p.value.trim())).toContain("new");
    expect(comparison.body.map((p) => p.value).join("")).toContain("<script>");

    const restored = await restoreRevision(staff.author, created.id, first!.id);
    expect(restored.updatedAt.getTime()).toBeGreaterThan(second.updatedAt.getTime());
    const row = await database.db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.body).toBe("<p>The old text about <b>Viasna</b>.</p>");
    expect(await listRevisions(staff.author, created.id)).toHaveLength(3);

    await expect(listRevisions(staff.moderator, created.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await createArticle(database.db, staff.editor.id);
    await expect(restoreRevision(staff.author, other.id, first!.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("trash, restore and permanent delete", () => {
  it("lets editors trash and restore, only admins purge, and authors neither", async () => {
    const article = await createArticle(database.db, staff.author.id, { status: "PUBLISHED" });
    await expect(trashArticles(staff.author, [article.id])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // It was published, so its public pages must be revalidated.
    expect(await trashArticles(staff.editor, [article.id])).toEqual({
      ids: [article.id],
      publicIds: [article.id],
    });
    await expect(purgeArticle(staff.editor, article.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await restoreArticles(staff.editor, [article.id])).toEqual([article.id]);
    const restored = await database.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(restored.status).toBe("DRAFT");

    await expect(purgeArticle(staff.admin, article.id)).rejects.toMatchObject({ code: "INVALID" });
    await trashArticles(staff.admin, [article.id]);
    await purgeArticle(staff.admin, article.id);
    expect(await database.db.article.findUnique({ where: { id: article.id } })).toBeNull();
    expect(await auditActions(article.id)).toEqual([
      "article.trash",
      "article.restore",
      "article.trash",
      "article.delete",
    ]);
  });
});

describe("scheduler", () => {
  it("publishes scheduled articles whose time has come, and only those", async () => {
    const now = new Date();
    const due = await createArticle(database.db, staff.editor.id, {
      status: "SCHEDULED",
      publishedAt: new Date(now.getTime() - 1000),
    });
    const later = await createArticle(database.db, staff.editor.id, {
      status: "SCHEDULED",
      publishedAt: new Date(now.getTime() + 3_600_000),
    });
    const draft = await createArticle(database.db, staff.editor.id, {
      status: "DRAFT",
      publishedAt: new Date(now.getTime() - 1000),
    });

    const ids = await publishDueArticles(now);

    expect(ids).toContain(due.id);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(draft.id);
    const statuses = await database.db.article.findMany({
      where: { id: { in: [due.id, later.id, draft.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [due.id]: "PUBLISHED",
      [later.id]: "SCHEDULED",
      [draft.id]: "DRAFT",
    });
    expect(await publishDueArticles(now)).toEqual([]);
  });
});
