import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as moderation from "@/lib/comments/moderation";
import * as queries from "@/lib/comments/queries";
import * as tokens from "@/lib/comments/tokens";
import { getDb } from "@/lib/db";
import * as mail from "@/lib/mail";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { submitComment as submit } from "@/tests/factories/comment-submissions";
import {
  commentForm,
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
