/**
 * The audit log itself: entries are written with who, what and when, and the database refuses to
 * change or remove them. Which actions write an entry is asserted next to each service's own tests:
 *   sign-in, failed sign-in   tests/integration/auth-sign-in.test.ts ("signs in … and audits it",
 *                             "gives the same answer for an unknown email, a wrong password …")
 *   role change               tests/integration/users.test.ts ("changing a role … is audited")
 *   publish, unpublish        tests/integration/articles-service.test.ts ("publishes, schedules and
 *                             unpublishes for an editor, with audit entries")
 *   delete                    tests/integration/articles-service.test.ts ("lets editors trash and
 *                             restore, only admins purge" -> article.trash / article.delete)
 *   settings change           tests/integration/settings.test.ts ("saves what the form sent and
 *                             audits which fields changed")
 *   comment moderation        tests/integration/comments-service.test.ts (comment.approve,
 *                             .unapprove, .spam, .trash, .restore, .delete, .erase)
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { createUser, toActor } from "@/tests/factories/users";

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  admin = toActor(await createUser(database.db, { role: "ADMIN" }));
});

afterAll(async () => {
  await database.drop();
});

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

describe("the audit log", () => {
  it("records who did what to which target, and when", async () => {
    const before = new Date();
    await recordAudit(admin, {
      action: "user.role_change",
      targetType: "User",
      targetId: "target-1",
      summary: "Changed a role from AUTHOR to EDITOR",
      details: { from: "AUTHOR", to: "EDITOR" },
    });
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { targetId: "target-1" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      action: "user.role_change",
      targetType: "User",
      summary: "Changed a role from AUTHOR to EDITOR",
      details: { from: "AUTHOR", to: "EDITOR" },
    });
    expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("is written with the change it records, or not at all", async () => {
    await expect(
      database.db.$transaction(async (tx) => {
        await recordAudit(
          admin,
          { action: "setting.update", targetId: "rolled-back", summary: "x" },
          tx,
        );
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    expect(await database.db.auditLog.count({ where: { targetId: "rolled-back" } })).toBe(0);
  });

  it("refuses UPDATE and DELETE in the database, from the app and from plain SQL", async () => {
    await recordAudit(null, {
      action: "auth.sign_in_failed",
      targetId: "immutable-1",
      summary: "Failed sign-in for someone@example.org",
    });
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { targetId: "immutable-1" },
    });

    await expect(
      database.db.auditLog.update({
        where: { id: entry.id },
        data: { summary: "nothing happened" },
      }),
    ).rejects.toThrow();
    await expect(database.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(database.db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(
      sql(`UPDATE "AuditLog" SET "actorEmail" = 'someone-else@example.org' WHERE id = $1`, [
        entry.id,
      ]),
    ).rejects.toThrow();
    await expect(sql(`DELETE FROM "AuditLog" WHERE id = $1`, [entry.id])).rejects.toThrow();

    const after = await database.db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after).toEqual(entry);
  });
});
