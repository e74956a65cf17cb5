import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { create } from "tar";
import {
  MIGRATIONS_TABLE,
  SESSION_SETTINGS,
  type Table,
  listTables,
  quoteIdent,
} from "@/lib/backup/catalog";
import { listFiles } from "@/lib/backup/files";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type Manifest,
  type Migration,
} from "@/lib/backup/manifest";

const BATCH_ROWS = 2000;

export type BackupResult = {
  file: string;
  bytes: number;
  milliseconds: number;
  manifest: Manifest;
};

/**
 * Writes the database (one consistent snapshot) and the media folder into one .tar.gz at
 * `output`. The archive appears only once complete, so a failed backup leaves nothing behind.
 */
export async function createBackup(options: {
  databaseUrl: string;
  mediaDir: string;
  output: string;
}): Promise<BackupResult> {
  const started = performance.now();
  const file = path.resolve(options.output);
  await mkdir(path.dirname(file), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(file), ".backup-"));
  const partial = `${file}.partial`;
  try {
    await mkdir(path.join(staging, "db"));
    const { tables, migrations } = await dumpDatabase(options.databaseUrl, staging);
    // After the snapshot: uploads are written once under fresh keys, so every file the dumped
    // rows name is already on disk.
    const media = await listFiles(options.mediaDir);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      media: { files: media.files.length, bytes: media.bytes },
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    if (media.files.length > 0) await symlink(options.mediaDir, path.join(staging, "media"));
    await create({ gzip: true, file: partial, cwd: staging, follow: true, portable: true }, [
      "manifest.json",
      ...tables.map((table) => `db/${table.name}.jsonl`),
      ...media.files.map((name) => `media/${name}`),
    ]);
    await rename(partial, file);
    return {
      file,
      bytes: (await stat(file)).size,
      milliseconds: Math.round(performance.now() - started),
      manifest,
    };
  } finally {
    await rm(partial, { force: true });
    await rm(staging, { recursive: true, force: true });
  }
}

async function dumpDatabase(
  connectionString: string,
  staging: string,
): Promise<{ tables: Manifest["tables"]; migrations: Migration[] }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Every table is read from the same snapshot, even while the site keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    const tables = await listTables(client);
    if (!tables.some((table) => table.name === MIGRATIONS_TABLE)) {
      throw new BackupError(
        "The database has no migrations applied; there is nothing to back up (start the site or run npm run migrate first).",
      );
    }
    const { rows: migrations } = await client.query<Migration>(
      `SELECT migration_name AS name, checksum FROM ${quoteIdent(MIGRATIONS_TABLE)}
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const dumped: Manifest["tables"] = [];
    for (const table of tables) {
      const rows = await dumpTable(client, table, path.join(staging, "db", `${table.name}.jsonl`));
      dumped.push({ name: table.name, columns: table.columns, rows });
    }
    await client.query("COMMIT");
    return { tables: dumped, migrations };
  } finally {
    await client.end();
  }
}

/**
 * One JSON object per row, each value in PostgreSQL's own text form (or null), so every type
 * (timestamps to the microsecond, JSON, enums, arrays) comes back exactly. Read through a cursor.
 */
async function dumpTable(client: pg.Client, table: Table, file: string): Promise<number> {
  const out = createWriteStream(file);
  const select = table.columns.map((column) => `${quoteIdent(column.name)}::text`).join(", ");
  const order =
    table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(", ")}` : "";
  await client.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${quoteIdent(table.name)}${order}`,
  );
  let count = 0;
  try {
    for (;;) {
      const { rows } = await client.query<(string | null)[]>({
        text: `FETCH FORWARD ${BATCH_ROWS} FROM backup_rows`,
        rowMode: "array",
      });
      if (rows.length === 0) break;
      let chunk = "";
      for (const row of rows) {
        chunk += `${JSON.stringify(Object.fromEntries(table.columns.map((column, index) => [column.name, row[index] ?? null])))}\n`;
      }
      count += rows.length;
      if (!out.write(chunk)) await once(out, "drain");
    }
    await client.query("CLOSE backup_rows");
  } finally {
    out.end();
    await finished(out);
  }
  return count;
}
