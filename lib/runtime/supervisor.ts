import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { EnvError, childEnvironment, getSiteUrl, parseEnv } from "@/lib/env";
import { type Registration, SharedSecretError, registerInstance } from "@/lib/cluster/instances";
import { MigrationError } from "@/lib/migrations/runner";
import {
  AlreadyRunningError,
  type Database,
  DatabaseUnreachableError,
  openDatabase,
  prepareDatabase,
} from "@/lib/runtime/database";
import { EmbeddedDatabaseError } from "@/lib/runtime/embedded-postgres";
import { tagHeaderStyle } from "@/lib/runtime/cache-tag-headers";
import { type Front, startFront } from "@/lib/runtime/front";
import { isPublicChange } from "@/lib/runtime/public-change";
import { findFreePort, isPortFree, stopLeftover } from "@/lib/runtime/processes";

export type Mode = "dev" | "build" | "start";

const log = (line: string) => console.log(line ? `[campaign] ${line}` : "");

/** Failures a person can fix from one line of output; anything else is a bug and keeps its stack. */
class StartupError extends Error {}

const EXPECTED_ERRORS = [
  EnvError,
  StartupError,
  AlreadyRunningError,
  MigrationError,
  EmbeddedDatabaseError,
  DatabaseUnreachableError,
  SharedSecretError,
];

/**
 * Runs `next dev|build|start` with a database: the embedded PostgreSQL unless DATABASE_URL is set,
 * migrated and seeded first. Owns shutdown so that Next.js stops before PostgreSQL does.
 */
export async function supervise(mode: Mode): Promise<never> {
  let database: Database | undefined;
  let front: Front | undefined;
  let child: ChildProcess | undefined;
  let registration: Registration | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    void front?.close();
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await waitForChild(child, 15_000);
    }
    await registration?.stop();
    await database
      ?.stop()
      .catch((error: unknown) => log(`Could not stop PostgreSQL: ${String(error)}`));
    process.exit(code);
  };
  // `npm start` exits on SIGTERM without passing it on; when the parent goes, stop cleanly rather
  // than linger as an orphan holding the database and the port.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !stopping) {
      log("The parent process exited; stopping…");
      void shutdown(0);
    }
  }, 500).unref();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      log(`Stopping (${signal})…`);
      void shutdown(0);
    });
  }

  try {
    const env = parseEnv();
    const siteUrl = getSiteUrl(env);
    if (mode === "start" && !env.SITE_URL) {
      log(
        `SITE_URL is not set: links, feeds and share previews will name ${siteUrl} until SITE_URL is set to the site's public address.`,
      );
    }
    database = await openDatabase(env, log);
    // With DATABASE_URL nothing else has made DATA_DIR yet.
    await mkdir(path.resolve(env.DATA_DIR), { recursive: true });
    const nextPidFile = path.join(path.resolve(env.DATA_DIR), "next.pid");
    const leftover = await stopLeftover(nextPidFile, "next", "SIGTERM");
    if (leftover !== null)
      log(`Stopped a Next.js server (pid ${leftover}) left running by an earlier run`);
    if (mode !== "build" && !(await isPortFree(env.PORT))) {
      throw new StartupError(
        `Port ${env.PORT} is already in use; stop what uses it or pick another port, e.g. PORT=${env.PORT + 1} npm ${mode === "dev" ? "run dev" : "start"}.`,
      );
    }
    await prepareDatabase(database.url, env, log);
    // Instances on one external database must share AUTH_SECRET (the embedded one has one server).
    if (mode !== "build" && !database.isEmbedded) {
      registration = await registerInstance(database.url, {
        label: `${os.hostname()}:${env.PORT}`,
        authSecret: env.AUTH_SECRET,
      });
    }
    if (stopping) return await new Promise<never>(() => {});
    if (mode === "build") {
      // Writes made while no server ran (seed, migrate, restore) revalidated nothing: build from
      // the database, not from query results cached by an earlier build.
      await rm(path.join(env.NEXT_DIST_DIR, "cache", "fetch-cache"), {
        recursive: true,
        force: true,
      });
    }
    // In production Next.js listens on a private port behind the front (CSP hashes, micro-cache).
    const nextPort = mode === "start" ? await findFreePort() : env.PORT;
    const tickToken = randomBytes(32).toString("hex");
    child = spawnNext(mode, {
      DATABASE_URL: database.url,
      PORT: String(nextPort),
      SITE_URL: siteUrl,
      TICK_TOKEN: tickToken,
    });
    if (child.pid) await writeFile(nextPidFile, `${child.pid}\n`);
    // Next.js reports public changes; the front then forgets the pages it keeps in memory.
    child.on("message", (message) => {
      if (isPublicChange(message)) front?.purge();
    });
    child.on("exit", (code, signal) => {
      void rm(nextPidFile, { force: true });
      if (!stopping) void shutdown(code ?? (signal ? 1 : 0));
    });
    if (mode === "start") {
      // Pages cached before this start (by the build, or before a restore or a change of
      // SITE_URL) are rendered again on their next visit, before any reader is let in.
      await refreshCachedPages(nextPort, tickToken, () => stopping);
      if (stopping) return await new Promise<never>(() => {});
      front = await startFront({
        port: env.PORT,
        upstreamPort: nextPort,
        siteUrl,
        microCacheMs: env.MICROCACHE_MS,
        trustProxy: env.TRUST_PROXY,
        sharedMaxAge: env.SHARED_CACHE_MAX_AGE,
        tagHeaders: tagHeaderStyle(env.CACHE_PURGER),
        log,
      });
    }
    if (mode !== "build") log(`Serving ${siteUrl} (Ctrl-C stops it)`);
  } catch (error) {
    if (EXPECTED_ERRORS.some((type) => error instanceof type)) {
      console.error((error as Error).message);
    } else {
      console.error(error);
    }
    await shutdown(1);
  }
  return await new Promise<never>(() => {});
}

function spawnNext(mode: Mode, vars: { PORT: string } & Record<string, string>): ChildProcess {
  const args = [createRequire(import.meta.url).resolve("next/dist/bin/next"), mode];
  if (mode === "dev") args.push("--port", vars.PORT);
  if (mode === "start") args.push("--port", vars.PORT, "--hostname", "127.0.0.1");
  return spawn(process.execPath, args, {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: childEnvironment({
      ...vars,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: mode === "dev" ? "development" : "production",
      ...(mode === "start" ? { CAMPAIGN_NEXT_HOSTNAME: "127.0.0.1" } : {}),
    }),
  });
}

/** Waits for Next.js on its private port, then has it mark every cached public page stale. */
async function refreshCachedPages(port: number, token: string, isStopping: () => boolean) {
  const url = `http://127.0.0.1:${port}/api/internal/tick`;
  const deadline = Date.now() + 120_000;
  while (!isStopping()) {
    const answered = await fetch(url, {
      method: "POST",
      headers: { "x-tick-token": token, "content-type": "application/json" },
      body: JSON.stringify({ startup: true }),
      signal: AbortSignal.timeout(10_000),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    if (Date.now() > deadline) {
      throw new StartupError("Next.js did not answer within 2 minutes of starting.");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function waitForChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
