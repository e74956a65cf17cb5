import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort } from "@/lib/runtime/processes";
import { databaseUrl, runAdminQuery, startTestCluster } from "@/tests/setup/database";
import { cleanEnv } from "@/tests/setup/run-script";
import { startMailServer } from "@/tests/setup/smtp";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
    e2eDataDir: string;
    adminEmail: string;
    adminPassword: string;
    /** What `npm start` printed until it served. */
    startOutput: string;
    /** How long a comment form must be shown before it may be sent. */
    commentTokenMinAgeMs: number;
    /** Where the test SMTP server writes every message the app sends (tests/setup/smtp.ts). */
    mailDir: string;
  }
}

// E2E_DIST_DIR lets several suites build side by side (each helper session its own folder).
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const ADMIN = { email: "e2e-admin@example.org", password: "e2e-admin-password-1" };
const COMMENT_TOKEN_MIN_AGE_MS = 1_000;

/**
 * The production path exactly as the README gives it for a managed PostgreSQL: `npm run build`
 * then `npm start` with DATABASE_URL set, no SITE_URL, a DATA_DIR that does not exist yet, and a
 * PORT other than the one the build ran with. The database is a throwaway server of its own.
 */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("e2e");
  await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "e2e"`);
  const url = databaseUrl(cluster.adminUrl, "e2e");
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), "e2e-data-"));
  const dataDir = path.join(dataRoot, "not-made-yet");
  const port = await findFreePort();
  const mailDir = path.join(dataRoot, "mail");
  const mail = await startMailServer(mailDir);
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    DATABASE_URL: url,
    NEXT_DIST_DIR: DIST_DIR,
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // Short enough that tests wait little for it, long enough that a form sent at once is early.
    COMMENT_TOKEN_MIN_AGE_MS: String(COMMENT_TOKEN_MIN_AGE_MS),
    // Pages stay long in the front's memory, so every change a test makes must empty it.
    MICROCACHE_MS: "30000",
    // A real SMTP server receives what the app sends (petition confirmations, notifications).
    SMTP_URL: mail.url,
    SMTP_FROM: "Campaign News <campaign@example.org>",
  };
  if (!(process.env.E2E_REUSE_BUILD === "1" && existsSync(`${DIST_DIR}/BUILD_ID`))) {
    const build = serve("build", env);
    const output = collect(build);
    const code = await exited(build);
    if (code !== 0) throw new Error(`npm run build exited with ${code}:\n${output()}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const server = serve("start", { ...env, PORT: String(port) });
  const output = collect(server);
  const baseUrl = `http://localhost:${port}`;
  await waitForServing(baseUrl, server, output);

  project.provide("baseUrl", baseUrl);
  project.provide("e2eDatabaseUrl", url);
  project.provide("e2eDataDir", dataDir);
  project.provide("adminEmail", ADMIN.email);
  project.provide("adminPassword", ADMIN.password);
  project.provide("startOutput", output());
  project.provide("commentTokenMinAgeMs", COMMENT_TOKEN_MIN_AGE_MS);
  project.provide("mailDir", mailDir);
  return async () => {
    server.kill("SIGTERM");
    await exited(server);
    await cluster.stop();
    await mail.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  };
}

function serve(mode: "build" | "start", env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", mode], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function collect(child: ChildProcess): () => string {
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.E2E_VERBOSE === "1") process.stdout.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => output;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", resolve));
}

async function waitForServing(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`npm start exited with ${server.exitCode}:\n${output()}`);
    }
    const ok =
      output().includes("Serving http://") &&
      (await fetch(url).then(
        (response) => response.ok,
        () => false,
      ));
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 120 s:\n${output()}`);
}
