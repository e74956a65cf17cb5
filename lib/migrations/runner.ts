import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The key Prisma's own migrate engine locks with, so our runner and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; file: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's checksum: SHA-256 of the migration.sql bytes, as lower-case hex. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(directory: string): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const file = path.join(directory, name, "migration.sql");
    const sql = await readFile(file, "utf8").catch(() => null);
    if (sql !== null) migrations.push({ name, file, sql, checksum: checksumOf(sql) });
  }
  return migrations;
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
};

/**
 * Applies pending migrations from `directory`, each in its own transaction, recording them in
 * `_prisma_migrations` as Prisma does. Refuses to run when an applied file was changed.
 */
export async function applyMigrations(
  connectionString: string,
  directory: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const migrations = await readMigrations(directory);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const byName = new Map(migrations.map((migration) => [migration.name, migration]));

    for (const row of rows) {
      const relative = path.join(path.relative(process.cwd(), directory), row.migration_name);
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${relative} failed earlier and is not finished; repair the database and mark it rolled back before starting again.`,
        );
      }
      const file = byName.get(row.migration_name);
      if (!file) {
        throw new MigrationError(
          `Migration ${relative} is applied to the database but missing from ${path.relative(process.cwd(), directory)}; this code is older than the database.`,
        );
      }
      if (file.checksum !== row.checksum) {
        throw new MigrationError(
          `${path.relative(process.cwd(), file.file)} was changed after it was applied; restore the original file and put the change in a new migration.`,
        );
      }
    }

    const appliedNow: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await applyOne(client, migration);
      appliedNow.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
