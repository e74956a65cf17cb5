import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import {
  MigrationError,
  applyMigrations,
  checksumOf,
  readMigrations,
} from "@/lib/migrations/runner";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

const adminUrl = inject("pgAdminUrl");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(adminUrl);
  cleanups.push(database.drop);
  return database;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  it("applies every migration to an empty database and records it as Prisma does", async () => {
    const { url } = await emptyDatabase();
    const files = await readMigrations(MIGRATIONS_DIR);

    const applied = await applyMigrations(url, MIGRATIONS_DIR);

    expect(applied).toEqual(files.map((file) => file.name));
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      const sql = await readFile(
        path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(files[index]?.name).toBe(row.migration_name);
    }
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Article", "Comment", "User"]),
    );
  });

  it("does nothing when run again", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url, MIGRATIONS_DIR);

    expect(await applyMigrations(url, MIGRATIONS_DIR)).toEqual([]);
    const [count] = await query<{ n: string }>(
      url,
      `SELECT count(*) AS n FROM "_prisma_migrations"`,
    );
    expect(Number(count?.n)).toBe((await readMigrations(MIGRATIONS_DIR)).length);
  });

  it("applies a new migration added later, and only that one", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations(url, dir);
    await mkdir(path.join(dir, "29991231000000_add_note"));
    await writeFile(
      path.join(dir, "29991231000000_add_note", "migration.sql"),
      `ALTER TABLE "Setting" ADD COLUMN "note" TEXT;`,
    );

    expect(await applyMigrations(url, dir)).toEqual(["29991231000000_add_note"]);
    const columns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Setting'`,
    );
    expect(columns.map((c) => c.column_name)).toContain("note");
  });

  it("upgrading a site from before languages keeps its articles reachable and in one language", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    const later = (await readMigrations(dir)).filter((m) => m.name >= "20261202090000");
    const held = await mkdtemp(path.join(os.tmpdir(), "later-migrations-"));
    cleanups.push(() => rm(held, { recursive: true, force: true }));
    for (const migration of later) {
      await cp(path.join(dir, migration.name), path.join(held, migration.name), {
        recursive: true,
      });
      await rm(path.join(dir, migration.name), { recursive: true });
    }
    await applyMigrations(url, dir);
    await query(
      url,
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
         VALUES ('u1', 'old@example.org', 'Old', 'x', 'EDITOR', now());
       INSERT INTO "Article" (id, kind, title, slug, excerpt, body, status, "publishedAt", "authorId", language, "updatedAt")
         VALUES ('a1', 'POST', 'Old story', 'old-story', '', '<p>Хроніка</p>', 'PUBLISHED', now(), 'u1', 'be-BY', now()),
                ('a2', 'POST', 'Other', 'other', '', '<p>x</p>', 'PUBLISHED', now(), 'u1', 'en', now())`,
    );
    for (const migration of later) {
      await cp(path.join(held, migration.name), path.join(dir, migration.name), {
        recursive: true,
      });
    }
    expect(await applyMigrations(url, dir)).toEqual(later.map((m) => m.name));
    const rows = await query<{ id: string; language: string }>(
      url,
      `SELECT id, language FROM "Article" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "a1", language: "be" },
      { id: "a2", language: "en" },
    ]);
  });

  it("refuses to run when an applied migration file was changed, naming the file", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations(url, dir);
    const [first] = await readMigrations(dir);
    await writeFile(first!.file, `${first!.sql}\n-- edited after it was applied\n`);

    const attempt = applyMigrations(url, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(
      `${first!.name}/migration.sql was changed after it was applied`,
    );
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const { url } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations(url, dir);
    await mkdir(path.join(dir, "29991231000000_broken"));
    await writeFile(
      path.join(dir, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "Half" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;`,
    );

    await expect(applyMigrations(url, dir)).rejects.toThrow(
      /29991231000000_broken failed and was rolled back/,
    );
    const half = await query(
      url,
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`,
    );
    expect(half).toHaveLength(0);
    const recorded = await query(
      url,
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
    );
    expect(recorded).toHaveLength(0);
  });

  it("applies each migration once when two runners start at the same time", async () => {
    const { url } = await emptyDatabase();

    const [a, b] = await Promise.all([
      applyMigrations(url, MIGRATIONS_DIR),
      applyMigrations(url, MIGRATIONS_DIR),
    ]);

    const all = (await readMigrations(MIGRATIONS_DIR)).map((file) => file.name);
    expect([...a, ...b].sort()).toEqual(all.sort());
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(rows).toHaveLength(all.length);
  });
});
