import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/service";
import { trashArticles } from "@/lib/articles/lifecycle";
import { eraseCommenter, moderateComments } from "@/lib/comments/moderation";
import { getDashboardData } from "@/lib/dashboard/queries";
import { getTermFeed } from "@/lib/feeds/feeds";
import { listSitemapEntries } from "@/lib/seo/sitemap-queries";
import { defaultSiteSettings } from "@/lib/settings/schemas";
import { findPublicTermId, getNavigation, getTermBySlug } from "@/lib/site/queries";
import { articleInput, createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";
import { createComment, createCommentArticle } from "@/tests/factories/comments";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { LOCALES, SITE_LANGUAGES } from "@/tests/factories/locale";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

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

describe("terms from unsaved work stay private", () => {
  it("a tag saved with an author's draft has no page, feed or sitemap entry, even once trashed", async () => {
    const draft = await saveArticle(
      staff.author,
      undefined,
      articleInput({ tags: ["Embargoed witness name"] }),
    );
    const tag = await database.db.term.findFirstOrThrow({
      where: { slug: "embargoed-witness-name" },
    });
    expect(await findPublicTermId("TAG", tag.slug, "en")).toBeNull();
    expect(await getTermBySlug("TAG", tag.slug, "en")).toBeNull();
    expect(
      await getTermFeed(tag.id, defaultSiteSettings, LOCALES.en, { db: database.db }),
    ).toBeNull();
    const paths = (await listSitemapEntries(SITE_LANGUAGES, { db: database.db })).map(
      (entry) => entry.path,
    );
    expect(paths).not.toContain("/tag/embargoed-witness-name");

    await trashArticles(staff.editor, [draft.id]);
    expect(await getTermBySlug("TAG", tag.slug, "en")).toBeNull();

    // Once published news carries it, the archive exists.
    await saveArticle(staff.editor, undefined, articleInput({ tags: ["Embargoed witness name"] }), {
      intent: "publish",
    });
    expect(await getTermBySlug("TAG", tag.slug, "en")).toMatchObject({
      name: "Embargoed witness name",
    });
    expect(
      await getTermFeed(tag.id, defaultSiteSettings, LOCALES.en, { db: database.db }),
    ).not.toBeNull();
    const after = (await listSitemapEntries(SITE_LANGUAGES, { db: database.db })).map(
      (entry) => entry.path,
    );
    expect(after).toContain("/tag/embargoed-witness-name");
    expect((await getNavigation("en")).categories.map((c) => c.slug)).not.toContain(tag.slug);
  });
});

describe("authors see only what they may open", () => {
  it("the dashboard counts and lists only the author's own articles", async () => {
    const other = await createArticle(database.db, staff.editor.id, {
      status: "SCHEDULED",
      title: "Someone else's embargoed statement",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    await createArticle(database.db, staff.editor.id, { status: "DRAFT", title: "Editor draft" });
    const mine = await createArticle(database.db, staff.author.id, { title: "My draft" });
    const data = await getDashboardData(staff.author);
    const titles = [...data.scheduled, ...data.latestPublished].map((a) => a.title);
    expect(titles).not.toContain(other.title);
    expect(data.scheduledCount).toBe(0);
    expect(data.drafts).toBe(
      await database.db.article.count({ where: { authorId: staff.author.id, status: "DRAFT" } }),
    );
    expect(data.pendingComments).toBe(0);
    const editorView = await getDashboardData(staff.editor);
    expect(editorView.scheduled.map((a) => a.title)).toContain(other.title);
    expect(mine.title).toBe("My draft");
  });

  it("a slug collision names no other article", async () => {
    await createArticle(database.db, staff.editor.id, {
      title: "Confidential: plan for the verdict day",
      slug: "verdict-day",
    });
    const refused = await saveArticle(
      staff.author,
      undefined,
      articleInput({ slug: "verdict-day" }),
    ).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toBe(
      'The address "verdict-day" is already used by another article. Choose another slug.',
    );
  });
});

describe("the audit log cannot confirm a guessed email address", () => {
  it("keys the fingerprint, and erasing a commenter removes their name from earlier entries", async () => {
    const article = await createCommentArticle(database.db);
    const email = "witness@example.org";
    const comment = await createComment(database.db, article.id, {
      authorEmail: email,
      authorName: "Hanna Witness",
      status: "PENDING",
    });
    await moderateComments(staff.moderator, "approve", [comment.id]);
    // An entry written before names were kept out of summaries.
    await database.db.auditLog.create({
      data: {
        action: "comment.spam",
        targetType: "comment",
        targetId: comment.id,
        summary: "spam comment by Hanna Witness",
      },
    });
    await eraseCommenter(staff.moderator, email, "anonymise");

    const entries = await database.db.auditLog.findMany({
      where: { OR: [{ targetId: comment.id }, { action: "comment.erase" }] },
      select: { summary: true, details: true },
    });
    const text = JSON.stringify(entries);
    expect(text).not.toContain("Hanna Witness");
    expect(text).not.toContain(email);
    const { createHash } = await import("node:crypto");
    const unkeyed = createHash("sha256").update(email).digest("hex");
    expect(text).not.toContain(unkeyed.slice(0, 16));
    expect(entries.find((e) => e.summary.includes("anonymised"))).toBeTruthy();
  });

  it("the log still refuses any other change", async () => {
    const entry = await database.db.auditLog.findFirstOrThrow();
    await expect(
      database.db.auditLog.update({ where: { id: entry.id }, data: { summary: "rewritten" } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(database.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });
});

describe("restoring a revision", () => {
  it("checks the article's status in the same transaction as the write", async () => {
    const article = await createArticle(database.db, staff.author.id, { title: "Old text" });
    await database.db.article.update({
      where: { id: article.id },
      data: {
        title: "New text",
        revisions: { create: { title: "New text", excerpt: "", body: "" } },
      },
    });
    const oldRevision = await database.db.articleRevision.findFirstOrThrow({
      where: { articleId: article.id, title: "Old text" },
    });
    // An editor publishes the article; the author restores while that write is still open.
    const editor = new pg.Client({ connectionString: database.url });
    await editor.connect();
    await editor.query("BEGIN");
    await editor.query(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, [article.id]);
    await editor.query(
      `UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`,
      [article.id],
    );
    const restore = restoreRevision(staff.author, article.id, oldRevision.id).then(
      () => "restored",
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await editor.query("COMMIT");
    await editor.end();
    expect(await restore).toBe("FORBIDDEN");
    const row = await database.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ title: "New text", status: "PUBLISHED" });
  });
});
