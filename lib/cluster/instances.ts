import { createHmac, randomUUID } from "node:crypto";
import pg from "pg";

/** An instance whose heartbeat is older than this has stopped or lost its database. */
const ALIVE_MS = 45_000;
const HEARTBEAT_MS = 15_000;
// "instance" as a number: the key only registration uses, so two instances starting at the same
// moment are checked one after the other.
const REGISTER_LOCK_KEY = 0x696e7374616e6365n;

/** A second instance cannot serve the site with this one: a person must fix its AUTH_SECRET. */
export class SharedSecretError extends Error {
  override name = "SharedSecretError";
}

/**
 * A fingerprint that tells whether two instances hold the same AUTH_SECRET without storing it:
 * an HMAC of a fixed text keyed with the secret. null when AUTH_SECRET is not set (each machine
 * then makes its own key, which no other instance can share).
 */
function secretFingerprint(authSecret: string | undefined): string | null {
  if (!authSecret) return null;
  return createHmac("sha256", authSecret).update("campaign-instance-fingerprint").digest("hex");
}

export type Registration = { id: string; stop: () => Promise<void> };

/**
 * Records this instance in ServerInstance and keeps its heartbeat, after checking every other
 * live instance on the database holds the same AUTH_SECRET: sessions, form tokens and the
 * commenter cookie are signed with it, so instances with different keys would sign each other's
 * readers and staff out. Refuses with SharedSecretError (one line) otherwise.
 */
export async function registerInstance(
  databaseUrl: string,
  { label, authSecret }: { label: string; authSecret: string | undefined },
): Promise<Registration> {
  const id = randomUUID();
  const fingerprint = secretFingerprint(authSecret);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [REGISTER_LOCK_KEY.toString()]);
    // This address's earlier run, killed before it could remove its row: its port is free now.
    await client.query(
      `DELETE FROM "ServerInstance" WHERE label = $1 OR "heartbeatAt" < now() - interval '1 day'`,
      [label],
    );
    const { rows } = await client.query<{ label: string; secretFingerprint: string | null }>(
      `SELECT label, "secretFingerprint" FROM "ServerInstance"
       WHERE "heartbeatAt" > now() - ($1::int * interval '1 millisecond') ORDER BY "startedAt"`,
      [ALIVE_MS],
    );
    const other = rows[0];
    if (other) {
      if (!fingerprint) {
        throw new SharedSecretError(
          `AUTH_SECRET is not set, but another instance (${other.label}) serves this database: set the same AUTH_SECRET (at least 32 characters) on every instance.`,
        );
      }
      const mismatch = rows.find((row) => row.secretFingerprint !== fingerprint);
      if (mismatch) {
        throw new SharedSecretError(
          mismatch.secretFingerprint
            ? `AUTH_SECRET differs from that of another instance (${mismatch.label}) on this database: set the same AUTH_SECRET on every instance.`
            : `Another instance (${mismatch.label}) serves this database without AUTH_SECRET: set the same AUTH_SECRET (at least 32 characters) on every instance, and restart it.`,
        );
      }
    }
    await client.query(
      `INSERT INTO "ServerInstance" (id, label, "secretFingerprint") VALUES ($1, $2, $3)`,
      [id, label, fingerprint],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.end().catch(() => undefined);
    throw error;
  }
  await client.end().catch(() => undefined);
  return keepAlive(databaseUrl, id);
}

/**
 * Beats every 15 s on a small pool (a lost connection is simply made again on the next beat);
 * while PostgreSQL is down the beats fail quietly, and the row is removed when the instance stops.
 */
function keepAlive(databaseUrl: string, id: string): Registration {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 60_000 });
  pool.on("error", () => undefined);
  const beat = () => {
    pool
      .query(`UPDATE "ServerInstance" SET "heartbeatAt" = now() WHERE id = $1`, [id])
      .catch(() => undefined);
  };
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  return {
    id,
    stop: async () => {
      clearInterval(timer);
      await pool.query(`DELETE FROM "ServerInstance" WHERE id = $1`, [id]).catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}
