import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { extract } from "tar";
import {
  MIGRATIONS_TABLE,
  SESSION_SETTINGS,
  type Table,
  insertionOrder,
  listTables,
  quoteIdent,
} from "@/lib/backup/catalog";
import { listFiles } from "@/lib/backup/files";
import {
  BackupError,
  type Manifest,
  type Migration,
  describeMigrationDifference,
  parseManifest,
} from "@/lib/backup/manifest";
import { applyMigrations, readMigrations } from "@/lib/migrations/runner";

const BATCH_ROWS = 2000;

export type RestoreResult = { manifest: Manifest; rows: number; milliseconds: number };

/**
 * Replaces the database's content and the media folder with a backup's. Everything is checked
 * (archive complete, same migrations, empty database unless `force`) before anything changes;
 * the rows go in one transaction, and the media folder is swapped only after it committed.
 */
export async function restoreBackup(options: {
  databaseUrl: string;
  mediaDir: string;
  archive: string;
  migrationsDir: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<RestoreResult> {
  const started = performance.now();
  const archive = path.resolve(options.archive);
  const info = await stat(archive).catch(() => null);
  if (!info?.isFile()) throw new BackupError(`No backup file at ${options.archive}.`);
  const mediaDir = path.resolve(options.mediaDir);
  // Next to the media folder, so the new one can be renamed into place.
  await mkdir(path.dirname(mediaDir), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(mediaDir), ".restore-"));
  try {
    const manifest = await unpack(archive, work, options.archive);
    const code = (await readMigrations(options.migrationsDir)).map(({ name, checksum }) => ({
      name,
      checksum,
    }));
    const difference = describeMigrationDifference(manifest.migrations, code);
    if (difference) {
      throw new BackupError(
        `This backup does not match this version of the app: ${difference}; restore it with the version that made it.`,
      );
    }
    await applyMigrations(options.databaseUrl, options.migrationsDir, options.log);
    const rows = await restoreRows(options.databaseUrl, manifest, work, options.force ?? false);
    await swapMediaDir(path.join(work, "media"), mediaDir, path.join(work, "previous-media"));
    return { manifest, rows, milliseconds: Math.round(performance.now() - started) };
  } finally {
    // A failed extraction may still be finishing writes; retry until the folder is gone.
    await rm(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}

const ALLOWED_ENTRY = /^(manifest\.json|db\/[^/]+\.jsonl|media\/.+|media\/?|db\/?)$/;

async function unpack(archive: string, work: string, shown: string): Promise<Manifest> {
  try {
    await extract({
      file: archive,
      cwd: work,
      strict: true,
      filter: (entryPath, entry) =>
        ALLOWED_ENTRY.test(entryPath) &&
        "type" in entry &&
        (entry.type === "File" || entry.type === "Directory"),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`${shown} is damaged or not a backup (${reason}); nothing was changed.`);
  }
  const text = await readFile(path.join(work, "manifest.json"), "utf8").catch(() => null);
  if (text === null) throw new BackupError(`${shown} has no manifest.json; it is not a backup.`);
  const manifest = parseManifest(text);
  const media = await listFiles(path.join(work, "media"));
  if (media.files.length !== manifest.media.files || media.bytes !== manifest.media.bytes) {
    throw new BackupError(
      `${shown} is incomplete: it holds ${media.files.length} media files (${media.bytes} bytes) where its manifest lists ${manifest.media.files} (${manifest.media.bytes} bytes); nothing was changed.`,
    );
  }
  for (const table of manifest.tables) {
    if (!(await stat(tableFile(work, table.name)).catch(() => null))) {
      throw new BackupError(`${shown} is incomplete: db/${table.name}.jsonl is missing.`);
    }
  }
  return manifest;
}

const tableFile = (work: string, name: string) => path.join(work, "db", `${name}.jsonl`);

async function restoreRows(
  connectionString: string,
  manifest: Manifest,
  work: string,
  force: boolean,
): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    await client.query("BEGIN");
    try {
      const { rows: migrations } = await client.query<Migration>(
        `SELECT migration_name AS name, checksum FROM ${quoteIdent(MIGRATIONS_TABLE)}
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      const difference = describeMigrationDifference(manifest.migrations, migrations);
      if (difference) {
        throw new BackupError(`The database's migrations do not match the backup: ${difference}.`);
      }
      const tables = (await listTables(client)).filter((table) => table.name !== MIGRATIONS_TABLE);
      const archived = new Map(manifest.tables.map((table) => [table.name, table]));
      assertSameTables(tables, archived);
      if (!force) await assertEmpty(client, tables);

      // TRUNCATE fires no row trigger, so the append-only audit log can be emptied here.
      if (tables.length > 0) {
        await client.query(`TRUNCATE ${tables.map((table) => quoteIdent(table.name)).join(", ")}`);
      }
      await client.query("CREATE TEMP TABLE restore_rows (doc jsonb NOT NULL) ON COMMIT DROP");
      let total = 0;
      for (const table of insertionOrder(tables)) {
        const expected = archived.get(table.name)!.rows;
        const loaded = await loadTable(client, table, tableFile(work, table.name));
        if (loaded !== expected) {
          throw new BackupError(
            `db/${table.name}.jsonl holds ${loaded} rows where the manifest lists ${expected}; the backup is damaged and nothing was changed.`,
          );
        }
        total += loaded;
      }
      await resetSequences(client);
      await client.query("COMMIT");
      return total;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}

function assertSameTables(tables: Table[], archived: Map<string, Manifest["tables"][number]>) {
  const names = new Set(tables.map((table) => table.name));
  for (const name of archived.keys()) {
    if (name !== MIGRATIONS_TABLE && !names.has(name)) {
      throw new BackupError(`The backup has a table ${name} that this database lacks.`);
    }
  }
  for (const table of tables) {
    const entry = archived.get(table.name);
    if (!entry) throw new BackupError(`The backup has no table ${table.name}.`);
    const ours = table.columns.map((column) => column.name).join(",");
    const theirs = entry.columns.map((column) => column.name).join(",");
    if (ours !== theirs) {
      throw new BackupError(`Table ${table.name} has other columns in the backup than here.`);
    }
  }
}

async function assertEmpty(client: pg.Client, tables: Table[]) {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${quoteIdent(table.name)}`,
    );
    const count = rows[0]?.count ?? 0;
    if (count > 0) filled.push(`${count} ${table.name}`);
  }
  if (filled.length > 0) {
    throw new BackupError(
      `The database already has content (${filled.join(", ")}); a restore replaces all of it. Run again with --force to replace it.`,
    );
  }
}

/** Stages the rows in a temporary table, then inserts them with one statement. */
async function loadTable(client: pg.Client, table: Table, file: string): Promise<number> {
  await client.query("TRUNCATE restore_rows");
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(
      "INSERT INTO restore_rows (doc) SELECT value FROM jsonb_array_elements($1::jsonb)",
      [`[${batch.join(",")}]`],
    );
    count += batch.length;
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    batch.push(line);
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  if (count > 0) {
    const columns = table.columns.map((column) => quoteIdent(column.name)).join(", ");
    const values = table.columns
      .map((column) => `(doc ->> '${column.name.replaceAll("'", "''")}')::${column.type}`)
      .join(", ");
    // One statement, so rows that reference rows of the same table (replies, child terms) may
    // come in any order: PostgreSQL checks the foreign key at the end of the statement.
    await client.query(
      `INSERT INTO ${quoteIdent(table.name)} (${columns}) SELECT ${values} FROM restore_rows`,
    );
  }
  return count;
}

/** Serial and identity columns continue after the restored rows. */
async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
  );
  for (const row of rows) {
    await client.query(
      `SELECT setval($1, COALESCE(MAX(${quoteIdent(row.column)}), 1), MAX(${quoteIdent(row.column)}) IS NOT NULL) FROM ${quoteIdent(row.table)}`,
      [row.sequence],
    );
  }
}

async function swapMediaDir(incoming: string, mediaDir: string, previous: string) {
  await mkdir(incoming, { recursive: true });
  const hadMedia = await rename(mediaDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(incoming, mediaDir);
  } catch (error) {
    if (hadMedia) await rename(previous, mediaDir).catch(() => {});
    throw error;
  }
}
