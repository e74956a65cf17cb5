import pg from "pg";

/** The lock was held by another process: the task did not run. */
export const LOCK_BUSY = Symbol("lock busy");

/**
 * Runs `task` while holding the PostgreSQL session lock `key`, taken on a connection of its own
 * so that it is released when the task ends or when this process dies (the connection closes).
 * Answers LOCK_BUSY at once, without running the task, when any process on this database holds
 * it. Every instance of the site shares the database, so this is "one at a time" across them.
 */
export async function withAdvisoryLock<T>(
  databaseUrl: string,
  key: bigint,
  task: () => Promise<T>,
): Promise<T | typeof LOCK_BUSY> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection lost mid-task is reported by the task's own queries; this one only holds a lock.
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1::bigint) AS locked",
      [key.toString()],
    );
    if (!rows[0]?.locked) return LOCK_BUSY;
    try {
      return await task();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key.toString()]).catch(() => {
        // The connection is gone, and the lock with it.
      });
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
