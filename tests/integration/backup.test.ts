import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  truncate,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { create, extract } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createBackup } from "@/lib/backup/create";
import { restoreBackup } from "@/lib/backup/restore";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import { seedBackupContent, snapshotDatabase, snapshotFiles } from "@/tests/factories/backup";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { runScript } from "@/tests/setup/run-script";

let work: string;
let source: TestDatabase;
let sourceMedia: string;
let archive: string;
const databases: TestDatabase[] = [];

async function freshDatabase() {
  const database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  databases.push(database);
  return database;
}

const restore = (database: TestDatabase, mediaDir: string, file: string, force = false) =>
  restoreBackup({
    databaseUrl: database.url,
    mediaDir,
    archive: file,
    migrationsDir: MIGRATIONS_DIR,
    force,
  });

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "backup-test-"));
  source = await freshDatabase();
  sourceMedia = path.join(work, "source-media");
  await seedBackupContent(source.db, sourceMedia);
  archive = (
    await createBackup({
      databaseUrl: source.url,
      mediaDir: sourceMedia,
      output: path.join(work, "backup.tar.gz"),
    })
  ).file;
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  let target: TestDatabase;
  let targetMedia: string;

  it("brings a fresh installation back to exactly the backed-up content and media", async () => {
    target = await freshDatabase();
    targetMedia = path.join(work, "target-data", "media");

    const result = await restore(target, targetMedia, archive);

    const expected = await snapshotDatabase(source.url);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        "AuditLog",
        "Comment",
        "Term",
        "_ArticleToTerm",
        "_prisma_migrations",
      ]),
    );
    expect(expected.Comment!.length).toBeGreaterThan(3);
    expect(expected._ArticleToTerm!.length).toBeGreaterThan(0);
    expect(await snapshotDatabase(target.url)).toEqual(expected);
    expect(await snapshotFiles(targetMedia)).toEqual(await snapshotFiles(sourceMedia));
    expect(Object.keys(await snapshotFiles(targetMedia))).toHaveLength(2);
    expect(result.rows).toBe(
      result.manifest.tables
        .filter((table) => table.name !== "_prisma_migrations")
        .reduce((sum, table) => sum + table.rows, 0),
    );
  });

  it("refuses a database that already has content unless --force is given", async () => {
    await target.db.comment.deleteMany({ where: { parentId: null, id: "zz-parent-comment" } });
    const changed = await snapshotDatabase(target.url);

    await expect(restore(target, targetMedia, archive)).rejects.toThrow(
      /already has content .*Run again with --force/,
    );
    expect(await snapshotDatabase(target.url)).toEqual(changed);

    await restore(target, targetMedia, archive, true);
    expect(await snapshotDatabase(target.url)).toEqual(await snapshotDatabase(source.url));
  });

  it("refuses a truncated archive and changes nothing", async () => {
    const damaged = path.join(work, "damaged.tar.gz");
    await copyFile(archive, damaged);
    await truncate(damaged, Math.floor((await stat(archive)).size / 2));
    const other = await freshDatabase();
    const before = await snapshotDatabase(other.url);
    const media = path.join(work, "untouched-media");

    await expect(restore(other, media, damaged, true)).rejects.toThrow(/damaged/);
    await expect(restore(target, targetMedia, damaged, true)).rejects.toThrow(/damaged/);

    expect(await snapshotDatabase(other.url)).toEqual(before);
    expect(await snapshotDatabase(target.url)).toEqual(await snapshotDatabase(source.url));
    expect(await snapshotFiles(targetMedia)).toEqual(await snapshotFiles(sourceMedia));
    await expect(stat(media)).rejects.toThrow();
  });

  it("keeps the audit log append-only after a restore", async () => {
    const entry = await target.db.auditLog.findFirstOrThrow({
      where: { action: "comment.approve" },
    });
    expect(entry.details).toEqual({ nested: { list: [1, 2.5, "x"], flag: true } });

    await expect(
      target.db.auditLog.update({ where: { id: entry.id }, data: { summary: "forged" } }),
    ).rejects.toThrow(/cannot be changed/);
    await expect(target.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(
      /cannot be changed/,
    );
  });

  it("writes a self-describing archive: manifest, one JSON-lines file per table, the media tree", async () => {
    const unpacked = path.join(work, "unpacked");
    await rm(unpacked, { recursive: true, force: true });
    await mkdir(unpacked);
    await extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(await readFile(path.join(unpacked, "manifest.json"), "utf8")) as {
      migrations: { name: string }[];
      tables: { name: string; rows: number }[];
      media: { files: number };
    };
    expect(manifest.migrations.length).toBeGreaterThan(0);
    expect(manifest.media.files).toBe(2);
    const articles = manifest.tables.find((table) => table.name === "Article")!;
    const lines = (await readFile(path.join(unpacked, "db", "Article.jsonl"), "utf8"))
      .trim()
      .split("\n");
    expect(lines).toHaveLength(articles.rows);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).not.toContain("searchVector");
  });

  it("refuses a backup made with other migrations than this code's", async () => {
    const unpacked = path.join(work, "other-version");
    await mkdir(unpacked, { recursive: true });
    await extract({ file: archive, cwd: unpacked });
    const manifestFile = path.join(unpacked, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as {
      migrations: { name: string; checksum: string }[];
    };
    manifest.migrations.push({ name: "29991231000000_future", checksum: "0".repeat(64) });
    await writeFile(manifestFile, JSON.stringify(manifest));
    const newer = path.join(work, "newer.tar.gz");
    await create({ gzip: true, file: newer, cwd: unpacked }, await readdir(unpacked));
    const other = await freshDatabase();

    await expect(restore(other, path.join(work, "newer-media"), newer)).rejects.toThrow(
      /does not match this version of the app: the backup has migration 29991231000000_future/,
    );
    expect((await snapshotDatabase(other.url)).Article).toEqual([]);
  });
});

describe("npm run backup and npm run restore", () => {
  it("says the media are not in the archive when they live in an S3 bucket", async () => {
    const backup = await runScript("backup.ts", [path.join(work, "s3", "site.tar.gz")], {
      DATABASE_URL: source.url,
      MEDIA_STORAGE: "s3",
      S3_BUCKET: "campaign-media",
    });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Media are in the S3 bucket campaign-media, not in this archive/);
  });

  it("round-trips a site through the command-line scripts", async () => {
    const file = path.join(work, "cli", "site.tar.gz");
    const backup = await runScript("backup.ts", [file], {
      DATABASE_URL: source.url,
      MEDIA_DIR: sourceMedia,
    });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Wrote .*site\.tar\.gz .* 2 media files/m);
    expect(backup.stdout).not.toContain("S3 bucket");

    const target = await freshDatabase();
    const dataDir = path.join(work, "cli-data");
    const restored = await runScript("restore.ts", [file], {
      DATABASE_URL: target.url,
      DATA_DIR: dataDir,
    });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("restart it");
    expect(await snapshotDatabase(target.url)).toEqual(await snapshotDatabase(source.url));
    expect(await snapshotFiles(path.join(dataDir, "media"))).toEqual(
      await snapshotFiles(sourceMedia),
    );

    const again = await runScript("restore.ts", [file], {
      DATABASE_URL: target.url,
      DATA_DIR: dataDir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("--force");
  });
});
