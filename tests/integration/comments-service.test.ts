import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as moderation from "@/lib/comments/moderation";
import * as queries from "@/lib/comments/queries";
import * as service from "@/lib/comments/service";
import * as tokens from "@/lib/comments/tokens";
import { getDb } from "@/lib/db";
import * as mail from "@/lib/mail";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
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

let ipCounter = 0;
const nextIp = () => `203.0.113.${++ipCounter}`;

function submit(
  form: Parameters<typeof service.submitComment>[0],
  options: Partial<Parameters<typeof service.submitComment>[1]> = {},
) {
  return service.submitComment(form, {
    settings: commentSettings(),
    actor: null,
    ip: nextIp(),
    userAgent: "Mozilla/5.0 test",
    ...options,
  });
}

/** Runs a submission that must be refused; returns the error and checks nothing was stored. */
async function refused(attempt: () => Promise<unknown>, articleId: string) {
  const before = await database.db.comment.count({ where: { articleId } });
  const error = (await attempt().then(
    () => {
      throw new Error("the comment was accepted");
    },
    (e: unknown) => e,
  )) as InstanceType<typeof service.CommentRejectedError>;
  expect(error).toBeInstanceOf(service.CommentRejectedError);
  expect(await database.db.comment.count({ where: { articleId } })).toBe(before);
  return error;
}

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
    await expect(submit(commentForm(other.id, { body: "Same words" }))).resolves.toBeTruthy();
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

describe("moderation", () => {
  it("approves, unapproves, marks spam, trashes, restores and deletes, with audit entries", async () => {
    const article = await createCommentArticle(database.db);
    const moderator = await createStaff(database.db, "MODERATOR");
    const a = await createComment(database.db, article.id, { status: "PENDING" });
    const b = await createComment(database.db, article.id, { status: "PENDING" });
    const reply = await createComment(database.db, article.id, { parentId: a.id });

    await moderation.moderateComments(moderator, "approve", [a.id, b.id]);
    expect((await queries.fetchApprovedComments(article.id)).map((c) => c.id).sort()).toEqual(
      [a.id, b.id, reply.id].sort(),
    );
    await moderation.moderateComments(moderator, "unapprove", [b.id]);
    await moderation.moderateComments(moderator, "spam", [b.id]);
    expect((await database.db.comment.findUniqueOrThrow({ where: { id: b.id } })).status).toBe(
      "SPAM",
    );
    await moderation.moderateComments(moderator, "trash", [b.id]);
    await moderation.moderateComments(moderator, "restore", [b.id]);
    const restored = await database.db.comment.findUniqueOrThrow({ where: { id: b.id } });
    expect(restored).toMatchObject({ status: "PENDING", moderatedById: moderator.id });

    const result = await moderation.moderateComments(moderator, "delete", [a.id]);
    expect(result.articleIds).toEqual([article.id]);
    expect(await database.db.comment.findUnique({ where: { id: a.id } })).toBeNull();
    expect(
      (await database.db.comment.findUniqueOrThrow({ where: { id: reply.id } })).parentId,
    ).toBeNull();

    const actions = await database.db.auditLog.findMany({
      where: { actorId: moderator.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((x) => x.action)).toEqual([
      "comment.approve",
      "comment.approve",
      "comment.unapprove",
      "comment.spam",
      "comment.trash",
      "comment.restore",
      "comment.delete",
    ]);
  });

  it("refuses staff without comment:moderate", async () => {
    const article = await createCommentArticle(database.db);
    const author = await createStaff(database.db, "AUTHOR");
    const comment = await createComment(database.db, article.id, { status: "PENDING" });
    await expect(
      moderation.moderateComments(author, "approve", [comment.id]),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(moderation.moderateComments(null, "approve", [comment.id])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      (await database.db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status,
    ).toBe("PENDING");
  });

  it("edits a comment's text and approves-and-replies in place as staff", async () => {
    const article = await createCommentArticle(database.db);
    const moderator = await createStaff(database.db, "MODERATOR");
    const comment = await createComment(database.db, article.id, { status: "PENDING" });
    await moderation.editComment(
      moderator,
      comment.id,
      "Fixed <em>text</em><img src=x onerror=alert(1)>",
    );
    expect((await database.db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe(
      "<p>Fixed <em>text</em></p>",
    );
    const reply = await moderation.replyAsStaff(moderator, comment.id, "Thank you", 5);
    const listed = await queries.fetchApprovedComments(article.id);
    expect(listed.map((c) => c.id)).toEqual([comment.id, reply.id]);
    expect(listed[1]).toMatchObject({
      parentId: comment.id,
      isStaff: true,
      authorName: moderator.name,
    });
  });

  it("erases a commenter by deleting or anonymising every comment of the address", async () => {
    const article = await createCommentArticle(database.db);
    const moderator = await createStaff(database.db, "MODERATOR");
    const email = "erase-me@example.org";
    const first = await createComment(database.db, article.id, { authorEmail: email, ipHash: "h" });
    await createComment(database.db, article.id, { authorEmail: email, status: "PENDING" });
    const answer = await createComment(database.db, article.id, { parentId: first.id });

    const anonymised = await moderation.eraseCommenter(moderator, email, "anonymise");
    expect(anonymised.count).toBe(2);
    const row = await database.db.comment.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ authorName: "Anonymous", authorEmail: "", ipHash: null });
    expect(await database.db.comment.count({ where: { authorEmail: email } })).toBe(0);

    const other = "erase-too@example.org";
    await createComment(database.db, article.id, { authorEmail: other });
    await createComment(database.db, article.id, { authorEmail: other, status: "SPAM" });
    expect((await moderation.eraseCommenter(moderator, other.toUpperCase(), "delete")).count).toBe(
      2,
    );
    expect(await database.db.comment.count({ where: { authorEmail: other } })).toBe(0);
    expect(await database.db.comment.findUnique({ where: { id: answer.id } })).not.toBeNull();
    const audit = await database.db.auditLog.findMany({ where: { action: "comment.erase" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain("erase-");
  });

  it("forgets IP hashes and user agents after the retention period", async () => {
    const article = await createCommentArticle(database.db);
    const old = await createComment(database.db, article.id, {
      createdAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000),
      ipHash: "old-hash",
      userAgent: "Old browser",
    });
    const recent = await createComment(database.db, article.id, {
      ipHash: "new-hash",
      userAgent: "New",
    });
    await moderation.purgeExpiredCommentData({ ipRetentionDays: 30 });
    expect(await database.db.comment.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      ipHash: null,
      userAgent: null,
    });
    expect(await database.db.comment.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject(
      {
        ipHash: "new-hash",
      },
    );
  });
});

describe("email", () => {
  it("tells moderators about pending comments and a commenter about an approved reply, with unsubscribe", async () => {
    const sent: { to: string[]; subject: string; text: string }[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (message: { to: string | string[]; subject: string; text: string }) => {
      sent.push({ to: [message.to].flat(), subject: message.subject, text: message.text });
      return original(message);
    };
    mail.setMailTransport(transport);
    try {
      const article = await createCommentArticle(database.db);
      const moderator = await createStaff(database.db, "MODERATOR");
      const parent = await createComment(database.db, article.id, {
        authorEmail: "asker@example.org",
        notifyReplies: true,
      });
      const reply = await submit(
        commentForm(article.id, { parentId: parent.id, body: "An answer" }),
      );
      expect(
        sent.some((m) => m.to.includes(moderator.email) && m.text.includes("/admin/comments")),
      ).toBe(true);
      expect(sent.some((m) => m.to.includes("asker@example.org"))).toBe(false);

      await moderation.moderateComments(moderator, "approve", [reply.id]);
      const notice = sent.find((m) => m.to.includes("asker@example.org"));
      expect(notice?.text).toContain(`#comment-${reply.id}`);
      const token = /unsubscribe\?token=([^\s]+)/.exec(notice!.text)?.[1];
      expect(tokens.readUnsubscribeToken(decodeURIComponent(token!))).toBe("asker@example.org");
      expect(await moderation.unsubscribeFromReplies("asker@example.org")).toBe(1);
      expect(
        (await database.db.comment.findUniqueOrThrow({ where: { id: parent.id } })).notifyReplies,
      ).toBe(false);
    } finally {
      mail.setMailTransport(null);
    }
  });
});
