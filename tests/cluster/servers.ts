import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/runtime/processes";
import { databaseUrl, runAdminQuery } from "@/tests/setup/database";
import { type DebianPostgres, startDebianPostgres } from "@/tests/setup/debian-postgres";
import { cleanEnv } from "@/tests/setup/run-script";
import { s3Env, startS3Server } from "@/tests/setup/s3";
import { type Varnish, startVarnish } from "@/tests/setup/varnish";

export const ADMIN = { email: "cluster-admin@example.org", password: "cluster-admin-password-1" };
const AUTH_SECRET = "the cluster test's shared secret, longer than 32 characters";
const DIST = ".next-cluster";

export type Instance = {
  name: string;
  url: string;
  /** Its build folder (NEXT_DIST_DIR). */
  distDir: string;
  /** Its DATA_DIR (next.pid names its Next.js server). */
  dataDir: string;
  child: ChildProcess;
  output(): string;
  exited(): Promise<number | null>;
};

export type Cluster = {
  postgres: DebianPostgres;
  varnish: Varnish;
  a: Instance;
  b: Instance;
  /** The environment both instances run with, for a third one the test starts. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
};

function serve(mode: "build" | "start", env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", mode], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function collect(child: ChildProcess, name: string): () => string {
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.CLUSTER_VERBOSE === "1") process.stdout.write(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => output;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", resolve));
}

/** `npm start` with `env` (its own NEXT_DIST_DIR, DATA_DIR and PORT); resolves once it serves. */
export async function startInstance(name: string, env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = serve("start", env);
  const output = collect(child, name);
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}:\n${output()}`);
    const ok =
      output().includes("Serving http://") &&
      (await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      ));
    if (ok) {
      const distDir = env.NEXT_DIST_DIR ?? ".next";
      const dataDir = env.DATA_DIR ?? ".data";
      return { name, url, distDir, dataDir, child, output, exited: () => exitOf(child) };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not serve within 120 s:\n${output()}`);
}

/**
 * The site as a campaign would run it on several machines: Debian's PostgreSQL, an S3-compatible
 * store for media, two instances of one build (each its own copy of the build folder and its own
 * DATA_DIR, as on two machines) sharing AUTH_SECRET, and Debian's Varnish with
 * deploy/varnish/campaign.vcl in front, purged by xkey.
 */
export async function startCluster(): Promise<Cluster> {
  // What has started, stopped in reverse order: by stop(), or at once when a later part fails.
  const started: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    const postgres = await startDebianPostgres();
    started.push(() => postgres.destroy());
    const s3 = await startS3Server();
    started.push(() => s3.stop());
    const root = await mkdtemp(path.join(os.tmpdir(), "cluster-"));
    started.push(() => rm(root, { recursive: true, force: true }));
    const [portA, portB] = [await findFreePort(), await findFreePort()];
    const varnish = await startVarnish({ vcl: "campaign", backends: [portA, portB] });
    started.push(() => varnish.stop());
    await runAdminQuery(postgres.adminUrl, `CREATE DATABASE "cluster"`);
    const env: NodeJS.ProcessEnv = {
      ...cleanEnv(),
      ...s3Env(s3),
      DATABASE_URL: databaseUrl(postgres.adminUrl, "cluster"),
      AUTH_SECRET,
      SITE_URL: varnish.url,
      TRUST_PROXY: "true",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CACHE_PURGER: "varnish",
      VARNISH_URLS: varnish.url,
      // Longer than the test: only purges make changes show through Varnish.
      SHARED_CACHE_MAX_AGE: "600",
      MICROCACHE_MS: "30000",
    };
    await build(env, path.join(root, "build"));
    const instanceEnv = (name: string, port: number): NodeJS.ProcessEnv => ({
      ...env,
      NEXT_DIST_DIR: `${DIST}-${name}`,
      DATA_DIR: path.join(root, name),
      PORT: String(port),
    });
    const instances: Instance[] = [];
    started.push(async () => {
      for (const instance of instances) {
        if (instance.child.exitCode === null && instance.child.signalCode === null) {
          instance.child.kill("SIGTERM");
          await instance.exited();
        }
      }
    });
    const a = await startInstance("a", instanceEnv("a", portA));
    instances.push(a);
    const b = await startInstance("b", instanceEnv("b", portB));
    instances.push(b);
    await untilVarnishSeesBoth(varnish);
    return { postgres, varnish, a, b, env: instanceEnv("c", 0), stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Varnish marks a backend healthy after two good probes of three, 2 s apart: until then it
 * answers 503 although the instances serve. Four health checks in a row through Varnish (round
 * robin: both instances twice) say both are in.
 */
async function untilVarnishSeesBoth(varnish: Varnish): Promise<void> {
  const deadline = Date.now() + 30_000;
  let inARow = 0;
  while (inARow < 4) {
    if (Date.now() > deadline) throw new Error("Varnish never saw both instances as healthy");
    const ok = await fetch(`${varnish.url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    inARow = ok ? inARow + 1 : 0;
    if (!ok) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One build (`npm run build`) into .next-cluster-a, copied to .next-cluster-b for the other. */
async function build(env: NodeJS.ProcessEnv, dataDir: string): Promise<void> {
  const distA = `${DIST}-a`;
  if (!(process.env.CLUSTER_REUSE_BUILD === "1" && existsSync(`${distA}/BUILD_ID`))) {
    const child = serve("build", { ...env, NEXT_DIST_DIR: distA, DATA_DIR: dataDir });
    const output = collect(child, "build");
    const code = await exitOf(child);
    if (code !== 0) throw new Error(`npm run build exited with ${code}:\n${output()}`);
  }
  await rm(`${DIST}-b`, { recursive: true, force: true });
  await cp(distA, `${DIST}-b`, { recursive: true });
}
