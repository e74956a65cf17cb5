import pg from "pg";

/** Another import (from the staff area or the command line) is running. */
export class ImportBusyError extends Error {
  constructor() {
    super(
      "Another WordPress import is running on this site; wait for it to finish, then try again.",
    );
    this.name = "ImportBusyError";
  }
}

// "wpimport" as a number: the key only this lock uses.
const IMPORT_LOCK_KEY = 0x7770696d706f7274n;

/**
 * One import at a time across every process on this database: a PostgreSQL session lock, held on
 * a connection of its own for as long as the import runs, released when it ends or the process
 * dies (the connection closes).
 */
export async function withImportLock<T>(databaseUrl: string, task: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1::bigint) AS locked",
      [IMPORT_LOCK_KEY.toString()],
    );
    if (!rows[0]?.locked) throw new ImportBusyError();
    try {
      return await task();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [IMPORT_LOCK_KEY.toString()]);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
