import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/runner";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { isProcessAlive, readPidFile } from "@/lib/runtime/processes";
import { ensureFirstAdmin, isContentEmpty } from "@/lib/seed/installation";
import { seedDemoContent } from "@/lib/seed/seed";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Database = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

/** The server answers, but its database cannot tell Cyrillic capitals from small letters. */
class DatabaseLocaleError extends DatabaseUnreachableError {
  override name = "DatabaseLocaleError";
}

export class AlreadyRunningError extends Error {
  override name = "AlreadyRunningError";
}

/**
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR. One process owns
 * the embedded cluster at a time (DATA_DIR/app.pid). When another process owns it, `share` tools
 * (seed, migrate, user) connect to that running cluster; the server refuses to start twice.
 */
export async function openDatabase(
  env: Env,
  log: (line: string) => void,
  { share = false }: { share?: boolean } = {},
): Promise<Database> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(env.DATA_DIR);
  const lockFile = path.join(dataDir, "app.pid");
  const owner = await readPidFile(lockFile);
  if (owner !== null && owner !== process.pid && isProcessAlive(owner)) {
    if (!share) {
      throw new AlreadyRunningError(
        `The site is already running from ${env.DATA_DIR} (pid ${owner}); stop it first (Ctrl-C in its terminal, or kill ${owner}).`,
      );
    }
    const url = await runningClusterUrl(dataDir, lockFile);
    await assertReachable(url);
    return { url, isEmbedded: true, stop: async () => {} };
  }
  await mkdir(dataDir, { recursive: true });
  await writeFile(lockFile, `${process.pid}\n${env.EMBEDDED_PG_PORT}\n`);
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: env.EMBEDDED_PG_PORT,
      database: EMBEDDED_DATABASE,
      log,
    });
    log(
      `Embedded PostgreSQL is running on 127.0.0.1:${embedded.port} (data in ${env.DATA_DIR}/postgres)`,
    );
    return {
      url: embedded.url,
      isEmbedded: true,
      stop: async () => {
        await embedded.stop();
        await rm(lockFile, { force: true });
      },
    };
  } catch (error) {
    await rm(lockFile, { force: true });
    throw error;
  }
}

const EMBEDDED_DATABASE = "campaign";

async function runningClusterUrl(dataDir: string, lockFile: string): Promise<string> {
  const [, portLine] = (await readFile(lockFile, "utf8")).split("\n");
  const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(portLine)}/${EMBEDDED_DATABASE}`;
}

/**
 * Fails with one line naming host and port when the server does not answer, or when the
 * database was created with a character type that knows no Cyrillic letters (LC_CTYPE "C"):
 * search would then tell Бяляцкі from бяляцкі and find no Belarusian or Russian word forms.
 */
async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const { hostname, port, pathname } = new URL(url);
  const where = `${hostname}:${port || "5432"}`;
  try {
    await client.connect();
    const { rows } = await client.query<{ folds: boolean; ctype: string }>(
      `SELECT lower('ДЖ') = 'дж' AS folds, datctype AS ctype
       FROM pg_database WHERE datname = current_database()`,
    );
    if (rows[0] && !rows[0].folds) {
      throw new DatabaseLocaleError(
        `The database ${pathname.slice(1)} at ${where} has LC_CTYPE "${rows[0]?.ctype}", which knows no Cyrillic letters; create it with a UTF-8 locale (CREATE DATABASE … TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8') and point DATABASE_URL at it.`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseLocaleError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach the database at ${where} (${reason}); check DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Applies migrations, then seeds demo content into an empty database and makes the first admin. */
export async function prepareDatabase(
  url: string,
  env: Env,
  log: (line: string) => void,
): Promise<void> {
  await applyMigrations(url, MIGRATIONS_DIR, log);
  const db = createPrismaClient(url);
  try {
    if (env.SEED_DEMO_CONTENT && (await isContentEmpty(db))) {
      const created = await seedDemoContent(db);
      log(
        `Seeded demo content: ${created.articles} articles and pages, ${created.terms} terms, ${created.comments} comments`,
      );
    }
    const admin = await ensureFirstAdmin(db, env);
    if (admin?.generatedPassword) {
      log("");
      log(`  Created the first admin account: ${admin.email}`);
      log(`  Password (shown only this once): ${admin.generatedPassword}`);
      log("  Sign in at /login and change it.");
      log("");
    } else if (admin) {
      log(`Created the first admin account ${admin.email} from ADMIN_EMAIL and ADMIN_PASSWORD`);
    }
  } finally {
    await db.$disconnect();
  }
}
