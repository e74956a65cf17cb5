import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { ensureFirstAdmin, isContentEmpty } from "@/lib/seed/installation";
import { seedDemoContent } from "@/lib/seed/seed";
import { articles as englishAndEarly } from "@/prisma/seed-data/articles";
import { translatedArticles } from "@/prisma/seed-data/translations";

const seedArticles = [...englishAndEarly, ...translatedArticles];
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
});

afterAll(async () => {
  await database.drop();
});

async function snapshot() {
  const { db } = database;
  const [users, terms, media, articles, comments, revisions, settings] = await Promise.all([
    db.user.findMany({
      orderBy: { email: "asc" },
      select: { email: true, role: true, updatedAt: true },
    }),
    db.term.findMany({ orderBy: [{ taxonomy: "asc" }, { slug: "asc" }] }),
    db.media.findMany({ orderBy: { storageKey: "asc" } }),
    db.article.findMany({
      orderBy: [{ kind: "asc" }, { slug: "asc" }],
      include: { terms: { select: { id: true } } },
    }),
    db.comment.findMany({ orderBy: { createdAt: "asc" } }),
    db.articleRevision.count(),
    db.setting.findMany(),
  ]);
  return { users, terms, media, articles, comments, revisions, settings };
}

describe("demo content seed", () => {
  it("fills an empty database with the campaign's demo content", async () => {
    const { db } = database;
    expect(await isContentEmpty(db)).toBe(true);
    const now = new Date();

    const created = await seedDemoContent(db, now);

    expect(await isContentEmpty(db)).toBe(false);
    expect(created.articles).toBe(seedArticles.length);
    const published = await db.article.findMany({
      where: { status: "PUBLISHED", publishedAt: { lte: now } },
      select: { kind: true, body: true, authorId: true },
    });
    expect(published.filter((a) => a.kind === "POST").length).toBeGreaterThanOrEqual(10);
    expect(published.filter((a) => a.kind === "PAGE").length).toBeGreaterThanOrEqual(3);
    expect(published.every((a) => a.body.includes("<p>"))).toBe(true);

    expect(await db.article.count({ where: { status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
    const scheduled = await db.article.findFirstOrThrow({ where: { status: "SCHEDULED" } });
    expect(scheduled.publishedAt!.getTime()).toBeGreaterThan(now.getTime());

    for (const taxonomy of ["CATEGORY", "TAG", "REGION"] as const) {
      expect(await db.term.count({ where: { taxonomy } }), taxonomy).toBeGreaterThanOrEqual(2);
    }
    expect(
      await db.term.findUnique({ where: { taxonomy_slug: { taxonomy: "TAG", slug: "viasna" } } }),
    ).not.toBeNull();
    expect(await db.article.count({ where: { coverImageId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.article.count({ where: { coverImageId: null, kind: "POST" } })).toBeGreaterThan(
      0,
    );

    expect(await db.comment.count({ where: { status: "APPROVED" } })).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    const reply = await db.comment.findFirst({ where: { parent: { parentId: { not: null } } } });
    expect(reply, "a reply to a reply").not.toBeNull();
    expect(await db.articleRevision.count()).toBe(seedArticles.length);
  });

  it("changes nothing when it runs a second time", async () => {
    const before = await snapshot();

    const created = await seedDemoContent(database.db);

    expect(created).toEqual({ users: 0, terms: 0, media: 0, articles: 0, comments: 0, people: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps what staff edited when it runs again", async () => {
    const { db } = database;
    const article = await db.article.findFirstOrThrow({ where: { kind: "POST" } });
    await db.article.update({ where: { id: article.id }, data: { title: "Edited by staff" } });

    await seedDemoContent(db);

    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe(
      "Edited by staff",
    );
  });
});

describe("first admin", () => {
  it("uses ADMIN_EMAIL and ADMIN_PASSWORD, lower-casing the email, once", async () => {
    const { db } = database;
    const admin = await ensureFirstAdmin(db, {
      ADMIN_EMAIL: "Chief@Example.ORG",
      ADMIN_PASSWORD: "a-long-password-123",
    });
    expect(admin).toEqual({ email: "chief@example.org", generatedPassword: null });
    const user = await db.user.findUniqueOrThrow({ where: { email: "chief@example.org" } });
    expect(user.role).toBe("ADMIN");
    expect(await verifyPassword("a-long-password-123", user.passwordHash)).toBe(true);

    expect(
      await ensureFirstAdmin(db, {
        ADMIN_EMAIL: "other@example.org",
        ADMIN_PASSWORD: "another-password-1",
      }),
    ).toBeNull();
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("generates a password for admin@localhost when none is configured", async () => {
    const { db } = database;
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });

    const admin = await ensureFirstAdmin(db, {});

    expect(admin?.email).toBe("admin@localhost");
    expect(admin?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@localhost" } });
    expect(await verifyPassword(admin!.generatedPassword!, user.passwordHash)).toBe(true);
  });

  it("refuses a mixed-case email at the database level", async () => {
    await expect(
      database.db.user.create({
        data: { email: "Mixed@Example.org", name: "x", passwordHash: "x" },
      }),
    ).rejects.toThrow();
  });
});
