import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, isProcessAlive, readPidFile } from "@/lib/runtime/processes";
import { cleanEnv, runScript } from "@/tests/setup/run-script";

const dataDir = await mkdtemp(path.join(os.tmpdir(), "lifecycle-"));
const appPort = await findFreePort();
const pgPort = await findFreePort();
const env = {
  DATA_DIR: dataDir,
  PORT: String(appPort),
  EMBEDDED_PG_PORT: String(pgPort),
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
};
const running = new Set<ChildProcess>();

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** `npm start` as a user runs it, on its own data folder and ports, against the e2e build. */
async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    env: { ...cleanEnv(), ...env },
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    // Wait for this server's own "Serving" line: a server left behind could answer the port too.
    const ok =
      output.includes("Serving http://") &&
      (await fetch(`http://localhost:${appPort}/`).then(
        (r) => r.ok,
        () => false,
      ));
    if (ok) return { child, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not serve within 90 s:\n${output}`);
}

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/campaign`,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const postmasterPid = () => readPidFile(path.join(dataDir, "postgres", "postmaster.pid"));

afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  const pid = await postmasterPid();
  if (pid && isProcessAlive(pid)) process.kill(pid, "SIGINT");
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start with the embedded database", () => {
  it("creates, seeds, serves, refuses a second start, stops cleanly and keeps data", async () => {
    const first = await startServer();
    expect(first.output()).toContain("Password (shown only this once)");
    expect(await (await fetch(`http://localhost:${appPort}/`)).text()).toContain("Latest news");
    const pid = await postmasterPid();
    expect(pid).not.toBeNull();
    await withDatabase((db) =>
      db.query(
        `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('lifecycle-marker', '"kept"', now())`,
      ),
    );

    const second = await runScript("serve.ts", ["start"], env);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^The site is already running from .+ \(pid \d+\); stop it first/,
    );

    const migrate = await runScript("migrate.ts", [], env);
    expect(migrate.stdout).toContain("The database is up to date");
    expect(migrate.code).toBe(0);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(isProcessAlive(pid!)).toBe(false);
    expect(await postmasterPid()).toBeNull();

    const again = await startServer();
    expect(again.output()).not.toContain("Password (shown only this once)");
    const marker = await withDatabase((db) =>
      db.query<{ value: unknown }>(`SELECT value FROM "Setting" WHERE key = 'lifecycle-marker'`),
    );
    expect(marker.rows[0]?.value).toBe("kept");
    again.child.kill("SIGINT");
    expect(await again.exited).toBe(0);
  });

  it("starts again after being killed with SIGKILL, without a stale lock", async () => {
    const server = await startServer();
    const pid = await postmasterPid();
    const nextPid = await readPidFile(path.join(dataDir, "next.pid"));
    server.child.kill("SIGKILL");
    await server.exited;
    expect(isProcessAlive(pid!)).toBe(true);
    // Its Next.js server, whose IPC channel to npm start closed, stops on its own.
    const deadline = Date.now() + 10_000;
    while (isProcessAlive(nextPid!) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isProcessAlive(nextPid!)).toBe(false);

    const restarted = await startServer();
    expect(restarted.output()).toContain("Stopped a PostgreSQL");
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
    expect(await postmasterPid()).toBeNull();
  });
});
