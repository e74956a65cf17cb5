import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as queries from "@/lib/comments/queries";
import * as tokens from "@/lib/comments/tokens";
import { getDb } from "@/lib/db";
import * as mail from "@/lib/mail";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { expectRefused, submitComment as submit } from "@/tests/factories/comment-submissions";
import {
  commentForm,
  commentSettings,
  createComment,
  createCommentArticle,
} from "@/tests/factories/comments";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  mail.setMailTransport(null);
});

afterAll(async () => {
  await getDb().$disconnect();
  await database.drop();
});

const refused = (attempt: () => Promise<unknown>, articleId: string) =>
  expectRefused(database.db, attempt, articleId);

describe("posting a comment", () => {
  it("stores a reader's comment as pending, sanitized, with a hashed IP and never the raw one", async () => {
    const article = await createCommentArticle(database.db);
    const comment = await submit(
      commentForm(article.id, {
        body: 'Hello <script>alert(1)</script><b>world</b>\n\n<a href="javascript:alert(1)">x</a> <a href="https://viasna.org">viasna</a>',
      }),
      { ip: "198.51.100.7" },
    );
    expect(comment.status).toBe("PENDING");
    const row = await database.db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row.body).toContain("<p>Hello <b>world</b></p>");
    expect(row.body).toContain(
      '<a href="https://viasna.org" rel="nofollow ugc noopener">viasna</a>',
    );
    expect(row.body).not.toMatch(/script|javascript|alert/);
    expect(row.ipHash).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(row)).not.toContain("198.51.100.7");
    expect(row.userAgent).toBe("Mozilla/5.0 test");
    expect(await queries.fetchApprovedComments(article.id)).toEqual([]);
  });

  it("refuses empty, overlong and invalid fields with a message for each, storing nothing", async () => {
    const article = await createCommentArticle(database.db);
    const error = await refused(
      () =>
        submit(
          commentForm(article.id, {
            authorName: " ",
            authorEmail: "not-an-email",
            authorUrl: "javascript:alert(1)",
            body: "   ",
          }),
        ),
      article.id,
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      ["authorEmail", "authorName", "authorUrl", "body"].sort(),
    );
    const long = await refused(
      () =>
        submit(commentForm(article.id, { body: "x".repeat(101) }), {
          settings: commentSettings({ maxLength: 100 }),
        }),
      article.id,
    );
    expect(long.fieldErrors.body?.[0]).toMatch(/under 100 characters/);
  });

  it("refuses a filled honeypot", async () => {
    const article = await createCommentArticle(database.db);
    const error = await refused(
      () => submit(commentForm(article.id, { company: "Acme" })),
      article.id,
    );
    expect(error.message).toMatch(/robots/);
  });

  it("refuses forms sent too fast, too late, forged, or for another article", async () => {
    const article = await createCommentArticle(database.db);
    const other = await createCommentArticle(database.db);
    expect(
      (await refused(() => submit(commentForm(article.id, {}, 1_000)), article.id)).message,
    ).toMatch(/too fast/);
    expect(
      (await refused(() => submit(commentForm(article.id, {}, 25 * 60 * 60 * 1000)), article.id))
        .message,
    ).toMatch(/more than a day old/);
    const forged = commentForm(article.id);
    const [payload, mac] = forged.token!.split(".");
    const changed = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, "base64url").toString()),
        t: Date.now() - 60_000,
      }),
    ).toString("base64url");
    expect(
      (await refused(() => submit({ ...forged, token: `${changed}.${mac}` }), article.id)).message,
    ).toMatch(/could not be verified/);
    expect((await refused(() => submit({ ...forged, token: "" }), article.id)).message).toMatch(
      /could not be verified/,
    );
    const wrongArticle = commentForm(article.id, {
      token: tokens.issueFormToken(other.id, new Date(Date.now() - 10_000)),
    });
    expect((await refused(() => submit(wrongArticle), article.id)).message).toMatch(
      /could not be verified/,
    );
  });

  it("refuses a replayed token, keeping the first comment only", async () => {
    const article = await createCommentArticle(database.db);
    const form = commentForm(article.id);
    await submit(form);
    const error = await refused(() => submit({ ...form, body: "A different text" }), article.id);
    expect(error.message).toMatch(/already sent/);
    expect(await database.db.comment.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("asks for the current year when the human check is on, and not when it is off", async () => {
    const article = await createCommentArticle(database.db);
    const error = await refused(
      () => submit(commentForm(article.id, { humanAnswer: "1999" })),
      article.id,
    );
    expect(error.fieldErrors.humanAnswer?.[0]).toMatch(/current year/);
    await expect(
      submit(commentForm(article.id, { humanAnswer: "" }), {
        settings: commentSettings({ humanCheck: false }),
      }),
    ).resolves.toMatchObject({ status: "PENDING" });
  });

  it("refuses comments on a closed article and after the closing age", async () => {
    const closed = await createCommentArticle(database.db, { commentsOpen: false });
    expect((await refused(() => submit(commentForm(closed.id)), closed.id)).message).toMatch(
      /closed/,
    );
    const old = await createCommentArticle(database.db, {
      publishedAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000),
    });
    expect(
      (
        await refused(
          () => submit(commentForm(old.id), { settings: commentSettings({ closeAfterDays: 30 }) }),
          old.id,
        )
      ).message,
    ).toMatch(/closed/);
    await expect(submit(commentForm(old.id))).resolves.toMatchObject({ status: "PENDING" });
    const draft = await createCommentArticle(database.db, { status: "DRAFT" });
    await refused(() => submit(commentForm(draft.id)), draft.id);
  });

  it("refuses replies to another article's comment or to one that is not approved", async () => {
    const article = await createCommentArticle(database.db);
    const other = await createCommentArticle(database.db);
    const elsewhere = await createComment(database.db, other.id);
    const pending = await createComment(database.db, article.id, { status: "PENDING" });
    for (const parentId of [elsewhere.id, pending.id, "no-such-comment"]) {
      const error = await refused(() => submit(commentForm(article.id, { parentId })), article.id);
      expect(error.fieldErrors.parentId?.[0]).toMatch(/reply to a published comment/);
    }
  });
});
