import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  createPreviewLink,
  listPreviewLinks,
  resolvePreviewLink,
  revokePreviewLink,
} from "@/lib/articles/preview-links";
import { createPreviewLinkAction } from "@/lib/articles/preview-links-actions";
import { runAsActor } from "@/lib/server-action";
import { createArticle, createStaff, createStaffOfEveryRole } from "@/tests/factories/articles";
import { expectForbidden } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

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

const HOUR = 60 * 60 * 1000;

describe("shared preview links", () => {
  it("opens the draft for a week by default, only by its token, and records its use", async () => {
    const article = await createArticle(database.db, staff.author.id, {
      title: "Statement on the verdict",
      body: "<p>Draft for the lawyer.</p>",
    });
    const now = new Date();
    const link = await createPreviewLink(
      staff.author,
      { articleId: article.id, expiresIn: "7d", label: "Lawyer: statement check" },
      now,
    );
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * HOUR);

    const opened = await resolvePreviewLink(link.token);
    expect(opened?.article.title).toBe("Statement on the verdict");
    expect(opened?.article.bodyHtml).toContain("Draft for the lawyer.");

    // The database keeps a hash, never the token itself.
    const row = await database.db.previewLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).not.toContain(link.token);
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(row.lastUsedAt).not.toBeNull();
    const audit = await database.db.auditLog.findMany({ where: { targetId: article.id } });
    expect(audit.map((entry) => entry.action)).toContain("article.preview_link_create");
    expect(JSON.stringify(audit)).not.toContain(link.token);

    const [listed] = await listPreviewLinks(staff.author, article.id);
    expect(listed).toMatchObject({
      label: "Lawyer: statement check",
      createdBy: staff.author.name,
      status: "active",
    });

    // A token one character off, or not a token at all, opens nothing.
    const flipped = `${link.token.slice(0, -1)}${link.token.endsWith("A") ? "B" : "A"}`;
    expect(await resolvePreviewLink(flipped)).toBeNull();
    expect(await resolvePreviewLink("../../admin")).toBeNull();
  });

  it("stops opening once expired or revoked, and for an article in the trash", async () => {
    const article = await createArticle(database.db, staff.author.id);
    const start = new Date();
    const hour = await createPreviewLink(
      staff.author,
      { articleId: article.id, expiresIn: "1h", label: "" },
      start,
    );
    expect(await resolvePreviewLink(hour.token, new Date(start.getTime() + HOUR - 1000))).not.toBe(
      null,
    );
    expect(await resolvePreviewLink(hour.token, new Date(start.getTime() + HOUR))).toBeNull();
    const later = new Date(start.getTime() + 2 * HOUR);
    expect((await listPreviewLinks(staff.author, article.id, later))[0]?.status).toBe("expired");

    const revoked = await createPreviewLink(staff.editor, {
      articleId: article.id,
      expiresIn: "30d",
      label: "Editor",
    });
    expect(await resolvePreviewLink(revoked.token)).not.toBeNull();
    await revokePreviewLink(staff.author, { articleId: article.id, linkId: revoked.id });
    expect(await resolvePreviewLink(revoked.token)).toBeNull();
    const statuses = await listPreviewLinks(staff.author, article.id);
    expect(statuses.find((link) => link.id === revoked.id)?.status).toBe("revoked");
    const audit = await database.db.auditLog.findMany({
      where: { targetId: article.id, action: "article.preview_link_revoke" },
    });
    expect(audit).toHaveLength(1);

    const open = await createPreviewLink(staff.author, {
      articleId: article.id,
      expiresIn: "1d",
      label: "",
    });
    await database.db.article.update({ where: { id: article.id }, data: { status: "TRASH" } });
    expect(await resolvePreviewLink(open.token)).toBeNull();
    await expect(
      createPreviewLink(staff.author, { articleId: article.id, expiresIn: "1d", label: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // A deleted article takes its links with it.
    await database.db.article.delete({ where: { id: article.id } });
    expect(await database.db.previewLink.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("is for those who may edit the article: not another author, not a moderator", async () => {
    const article = await createArticle(database.db, staff.author.id);
    const otherAuthor = await createStaff(database.db, "AUTHOR");
    const input = { articleId: article.id, expiresIn: "1d" as const, label: "" };
    await expectForbidden(createPreviewLink(otherAuthor, input));
    await expectForbidden(createPreviewLink(staff.moderator, input));
    await expectForbidden(listPreviewLinks(otherAuthor, article.id));

    const link = await createPreviewLink(staff.author, input);
    await expectForbidden(
      revokePreviewLink(otherAuthor, { articleId: article.id, linkId: link.id }),
    );
    expect(await resolvePreviewLink(link.token)).not.toBeNull();
    // Naming one's own article does not reach another article's link.
    const own = await createArticle(database.db, otherAuthor.id);
    await expect(
      revokePreviewLink(otherAuthor, { articleId: own.id, linkId: link.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolvePreviewLink(link.token)).not.toBeNull();

    // The action refuses too, and creates nothing.
    const form = new FormData();
    form.set("articleId", article.id);
    form.set("expiresIn", "7d");
    const refused = await runAsActor(otherAuthor, () =>
      createPreviewLinkAction({ ok: false }, form),
    );
    expect(refused.ok).toBe(false);
    expect(await database.db.previewLink.count({ where: { articleId: article.id } })).toBe(1);

    const made = await runAsActor(staff.admin, () => createPreviewLinkAction({ ok: false }, form));
    expect(made.ok && made.data?.url).toMatch(/\/preview\/[A-Za-z0-9_-]{43}$/);
    form.set("expiresIn", "forever");
    const invalid = await runAsActor(staff.admin, () =>
      createPreviewLinkAction({ ok: false }, form),
    );
    expect(invalid.ok).toBe(false);
    expect(await database.db.previewLink.count({ where: { articleId: article.id } })).toBe(2);
  });
});
