import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/runtime/database";
import { startFront } from "@/lib/runtime/front";
import { findFreePort } from "@/lib/runtime/processes";
import { databaseUrl, runAdminQuery, startTestCluster } from "@/tests/setup/database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
    adminEmail: string;
    adminPassword: string;
  }
}

// E2E_DIST_DIR lets several suites build side by side (each helper session its own folder).
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const ADMIN = { email: "e2e-admin@example.org", password: "e2e-admin-password-1" };

/**
 * The production build on a seeded throwaway database: `next build` into its own folder (so the
 * build `npm start` serves is left alone), then `next start` on a free port.
 */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("e2e");
  await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "e2e"`);
  const url = databaseUrl(cluster.adminUrl, "e2e");
  const env = parseEnv({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  await prepareDatabase(url, env, () => {});

  // Readers reach the front (as in production); Next.js listens behind it on a private port.
  const port = await findFreePort();
  const nextPort = await findFreePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(nextPort),
    SITE_URL: `http://localhost:${port}`,
    // Uploads and generated images of a test run stay out of the working tree.
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "e2e-data-")),
  };
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  if (!(process.env.E2E_REUSE_BUILD === "1" && existsSync(`${DIST_DIR}/BUILD_ID`))) {
    // Cached query results from an earlier run belong to an earlier database.
    rmSync(`${DIST_DIR}/cache/fetch-cache`, { recursive: true, force: true });
    await run(spawn(process.execPath, [nextBin, "build"], { env: childEnv, stdio: "inherit" }));
  }
  const server = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(nextPort), "--hostname", "127.0.0.1"],
    {
      env: childEnv,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const front = await startFront({
    port,
    upstreamPort: nextPort,
    siteUrl: `http://localhost:${port}`,
  });
  const baseUrl = `http://localhost:${port}`;
  await waitForHttp(baseUrl, server);

  project.provide("baseUrl", baseUrl);
  project.provide("e2eDatabaseUrl", url);
  project.provide("adminEmail", ADMIN.email);
  project.provide("adminPassword", ADMIN.password);
  return async () => {
    front.close();
    server.kill("SIGTERM");
    await new Promise((resolve) =>
      server.exitCode !== null ? resolve(null) : server.once("exit", resolve),
    );
    await cluster.stop();
  };
}

function run(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}

async function waitForHttp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}
