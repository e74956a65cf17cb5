import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as queries from "@/lib/comments/queries";
import * as service from "@/lib/comments/service";
import { getDb } from "@/lib/db";
import * as mail from "@/lib/mail";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { expectRefused, submitComment as submit } from "@/tests/factories/comment-submissions";
import {
  commentForm,
  commentSettings,
  createComment,
  createCommentArticle,
  createStaff,
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
  it("nests replies up to the maximum depth and attaches deeper ones at the deepest level", async () => {
    const article = await createCommentArticle(database.db);
    let parentId: string | null = null;
    const chain: string[] = [];
    for (let depth = 1; depth <= 3; depth++) {
      const row = await createComment(database.db, article.id, { parentId });
      chain.push(row.id);
      parentId = row.id;
    }
    const settings = commentSettings({ maxDepth: 3 });
    const reply = await submit(commentForm(article.id, { parentId: chain[2] }), { settings });
    expect(reply.parentId).toBe(chain[1]);
    const shallow = await submit(commentForm(article.id, { parentId: chain[0] }), { settings });
    expect(shallow.parentId).toBe(chain[0]);
  });

  it("refuses an exact duplicate of a recent comment on the same article", async () => {
    const article = await createCommentArticle(database.db);
    await submit(commentForm(article.id, { body: "Same words" }));
    const error = await refused(
      () => submit(commentForm(article.id, { body: "Same words" })),
      article.id,
    );
    expect(error.fieldErrors.body?.[0]).toMatch(/already posted/);
    const other = await createCommentArticle(database.db);
    // The same words under another article are a new comment.
    await expect(submit(commentForm(other.id, { body: "Same words" }))).resolves.toMatchObject({
      articleId: other.id,
      bodyHtml: "<p>Same words</p>",
      status: "PENDING",
    });
  });

  it("limits comments per email and per IP address with a please-wait message", async () => {
    const article = await createCommentArticle(database.db);
    const email = "busy@example.org";
    for (let i = 0; i < service.RATE_LIMITS.email.limit; i++) {
      await submit(commentForm(article.id, { authorEmail: email }));
    }
    const byEmail = await refused(
      () => submit(commentForm(article.id, { authorEmail: email })),
      article.id,
    );
    expect(byEmail.code).toBe("RATE_LIMITED");
    expect(byEmail.message).toMatch(/Please wait 10 minutes/);

    const ip = "192.0.2.55";
    for (let i = 0; i < service.RATE_LIMITS.ip.limit; i++) {
      await submit(commentForm(article.id), { ip });
    }
    const byIp = await refused(() => submit(commentForm(article.id), { ip }), article.id);
    expect(byIp.message).toMatch(/Please wait \d+ minutes?/);
    const rows = await database.db.rateLimit.findMany({ select: { key: true } });
    expect(rows.map((r) => r.key).join(" ")).not.toMatch(/busy@example|192\.0\.2\.55/);
  });

  it("holds comments with hold words or two links and sends spam words to spam", async () => {
    const article = await createCommentArticle(database.db);
    const settings = commentSettings({
      requireApproval: false,
      holdWords: ["casino"],
      spamWords: ["cheap pills"],
    });
    const clean = await submit(commentForm(article.id, { body: "Solidarity" }), { settings });
    expect(clean.status).toBe("APPROVED");
    const held = await submit(commentForm(article.id, { body: "Visit the Casino today" }), {
      settings,
    });
    expect(held.status).toBe("PENDING");
    const links = await submit(
      commentForm(article.id, { body: "See https://a.example and https://b.example" }),
      { settings },
    );
    expect(links.status).toBe("PENDING");
    const spam = await submit(commentForm(article.id, { body: "Buy CHEAP PILLS now" }), {
      settings,
    });
    expect(spam.status).toBe("SPAM");
  });

  it("approves known commenters when asked, and staff at once, marked as staff", async () => {
    const article = await createCommentArticle(database.db);
    const email = "known@example.org";
    await createComment(database.db, article.id, { authorEmail: email, status: "APPROVED" });
    const known = await submit(commentForm(article.id, { authorEmail: email }), {
      settings: commentSettings({ autoApproveKnown: true }),
    });
    expect(known.status).toBe("APPROVED");
    const unknown = await submit(commentForm(article.id), {
      settings: commentSettings({ autoApproveKnown: true }),
    });
    expect(unknown.status).toBe("PENDING");

    const staff = await createStaff(database.db, "EDITOR");
    const staffComment = await submit(commentForm(article.id, { humanAnswer: "" }), {
      actor: staff,
    });
    expect(staffComment).toMatchObject({ status: "APPROVED", isStaff: true });
    const listed = await queries.fetchApprovedComments(article.id);
    expect(listed.find((c) => c.id === staffComment.id)?.isStaff).toBe(true);
    expect(JSON.stringify(listed)).not.toContain("@example.org");
  });

  it("leaves nothing half-written when the database refuses the write, and the token stays usable", async () => {
    const article = await createCommentArticle(database.db);
    await database.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_comment() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await database.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_comment BEFORE INSERT ON "Comment" FOR EACH ROW EXECUTE FUNCTION refuse_comment()`,
    );
    const form = commentForm(article.id);
    try {
      const error = await submit(form).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(service.CommentRejectedError);
      expect(await database.db.usedToken.count()).toBeGreaterThan(0);
      const payload = Buffer.from(form.token!.split(".")[0]!, "base64url").toString();
      const nonce = (JSON.parse(payload) as { n: string }).n;
      expect(await database.db.usedToken.findUnique({ where: { id: nonce } })).toBeNull();
    } finally {
      await database.db.$executeRawUnsafe(`DROP TRIGGER refuse_comment ON "Comment"`);
    }
    await expect(submit(form)).resolves.toMatchObject({ status: "PENDING" });
  });
});
