/**
 * Shared pieces of the benchmark and the soak: a throwaway embedded PostgreSQL with the seed and
 * bulk content, and the production build served by `next start` on a free port. They measure; they
 * assert nothing and gate nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/runtime/database";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { findFreePort, readPidFile, waitForExit as waitForPid } from "@/lib/runtime/processes";
import { databaseUrl, runAdminQuery, startTestCluster } from "@/tests/setup/database";

export const ADMIN = { email: "bench-admin@example.org", password: "bench-admin-password" };

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * `count` published posts tagged viasna (slugs campaign-update-N; three in five in English, one in
 * Belarusian, one in Russian), and 200 comments on the first.
 */
export async function bulkContent(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "User" WHERE role = 'EDITOR' LIMIT 1`,
    );
    const authorId = rows[0]!.id;
    // Realistic-looking bodies (~600 words) made of campaign vocabulary, spread over 12 years;
    // one in five in Belarusian and one in five in Russian (numbers ending 3 or 8, and 4 or 9).
    await client.query(
      `INSERT INTO "Article" (id, kind, language, title, slug, excerpt, body, status, "publishedAt", "authorId", "createdAt", "updatedAt")
       SELECT 'bench-' || g, 'POST', lang,
         CASE lang WHEN 'be' THEN 'Навіны кампаніі нумар ' || g || ': лісты палітвязням'
                   WHEN 'ru' THEN 'Новости кампании номер ' || g || ': письма политзаключённым'
                   ELSE 'Campaign update number ' || g || ': letters to political prisoners' END,
         'campaign-update-' || g,
         CASE lang WHEN 'be' THEN 'Навіны ' || g || ' ад кампаніі за Алеся Бяляцкага і «Вясну».'
                   WHEN 'ru' THEN 'Новости ' || g || ' от кампании за Алеся Беляцкого и «Весну».'
                   ELSE 'Update ' || g || ' from the campaign for Ales Bialiatski and Viasna.' END,
         repeat(CASE lang
           WHEN 'be' THEN '<p>Праваабаронцы ў Беларусі працягваюць дакументаваць затрыманні, суды і ўмовы ўтрымання палітвязняў. Прыхільнікі пішуць лісты і паштоўкі Алесю Бяляцкаму. </p>'
           WHEN 'ru' THEN '<p>Правозащитники в Беларуси продолжают документировать задержания, суды и условия содержания политзаключённых. Сторонники пишут письма и открытки Алесю Беляцкому. </p>'
           ELSE '<p>Human rights defenders in Belarus continue to document detentions, trials and the conditions of political prisoners. Supporters write letters and postcards. </p>' END, 20),
         'PUBLISHED', now() - (g || ' hours')::interval, $1, now(), now()
       FROM generate_series(1, $2::int) AS g,
         LATERAL (SELECT CASE g % 5 WHEN 3 THEN 'be' WHEN 4 THEN 'ru' ELSE 'en' END AS lang) AS l`,
      [authorId, count],
    );
    await client.query(
      `INSERT INTO "_ArticleToTerm" ("A", "B")
       SELECT a.id, t.id FROM "Article" a CROSS JOIN LATERAL (
         SELECT id FROM "Term" WHERE slug IN ('viasna', 'political-prisoners', 'belarus', 'news')
       ) t WHERE a.id LIKE 'bench-%'`,
    );
    await client.query(
      `INSERT INTO "Comment" (id, "articleId", "authorName", "authorEmail", body, status, "createdAt", "updatedAt")
       SELECT 'bench-comment-' || g, 'bench-1', 'Reader ' || g, 'reader' || g || '@example.org',
         '<p>Solidarity from reader ' || g || '. Free all political prisoners.</p>', 'APPROVED',
         now() - ((200 - g) || ' minutes')::interval, now()
       FROM generate_series(1, 200) AS g`,
    );
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/**
 * A throwaway embedded cluster whose postmaster can be stopped and started again while the app
 * runs (the database outage of the soak). `external` is set when TEST_DATABASE_URL names a server.
 */
export type BenchCluster = {
  adminUrl: string;
  external: boolean;
  stopPostgres: () => Promise<void>;
  startPostgres: () => Promise<void>;
  stop: () => Promise<void>;
};

async function startBenchCluster(label: string, restartable: boolean): Promise<BenchCluster> {
  if (!restartable) {
    const cluster = await startTestCluster(label);
    const unsupported = () => Promise.reject(new Error("this cluster cannot be restarted"));
    return {
      ...cluster,
      external: !!process.env.TEST_DATABASE_URL,
      stopPostgres: unsupported,
      startPostgres: unsupported,
    };
  }
  const dataDir = path.join(
    process.cwd(),
    ".test-data",
    `${label}-${process.pid}-${randomBytes(3).toString("hex")}`,
  );
  const clusterDir = path.join(dataDir, "postgres");
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    database: "postgres",
    throwaway: true,
  });
  let restarted: ChildProcess | undefined;
  const stopPostgres = async () => {
    const pid = await readPidFile(path.join(clusterDir, "postmaster.pid"));
    if (pid === null) return;
    // SIGINT is PostgreSQL's "fast" shutdown: open sessions are ended, as in a real outage.
    process.kill(pid, "SIGINT");
    await waitForPid(pid, 30_000);
  };
  const startPostgres = async () => {
    // postmaster.opts holds the exact command line the cluster was started with.
    const opts = await readFile(path.join(clusterDir, "postmaster.opts"), "utf8");
    const [binary, ...args] = [...opts.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const owner = await stat(clusterDir);
    const child = spawn(binary!, args, {
      uid: owner.uid,
      gid: owner.gid,
      stdio: ["ignore", "ignore", "pipe"],
    });
    restarted = child;
    await new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready to accept connections")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`postgres exited with ${code}`)));
    });
  };
  return {
    adminUrl: embedded.url,
    external: false,
    stopPostgres,
    startPostgres,
    stop: async () => {
      if (!restarted) return embedded.stop();
      // The library waits for the process it started, which has already gone: stop ours.
      await stopPostgres();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", resolve));
}

export async function waitForHttp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer`);
}

export type ProductionApp = {
  baseUrl: string;
  databaseUrl: string;
  cluster: BenchCluster;
  /** The `next start` process (its pid changes after a restart). */
  server: () => ChildProcess;
  startServer: () => Promise<void>;
  stop: () => Promise<void>;
};

export type ProductionAppOptions = {
  label: string;
  distDir: string;
  articles: number;
  skipBuild?: boolean;
  /** The soak stops and restarts the postmaster, so it needs its own embedded cluster. */
  restartableDatabase?: boolean;
};

/** Seeds a throwaway database, builds into `distDir` (unless skipped) and starts `next start`. */
export async function startProductionApp(options: ProductionAppOptions): Promise<ProductionApp> {
  const cluster = await startBenchCluster(options.label, options.restartableDatabase ?? false);
  let server: ChildProcess | undefined;
  let front: ChildProcess | undefined;
  try {
    await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "${options.label}"`);
    const url = databaseUrl(cluster.adminUrl, options.label);
    await prepareDatabase(
      url,
      parseEnv({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
      () => {},
    );
    await bulkContent(url, options.articles);

    // Measured as served in production: the front (its own process) before `next start`.
    const port = await findFreePort();
    const nextPort = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(nextPort),
      SITE_URL: baseUrl,
      // What `npm start` tells Next.js about itself (lib/env.ts internalHostname).
      CAMPAIGN_NEXT_HOSTNAME: "127.0.0.1",
    };
    const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
    if (!options.skipBuild) {
      console.log("Building…");
      // Cached query results from an earlier run belong to an earlier database.
      await rm(path.join(options.distDir, "cache", "fetch-cache"), {
        recursive: true,
        force: true,
      });
      const build = spawn(process.execPath, [nextBin, "build"], { env, stdio: "ignore" });
      if ((await waitForExit(build)) !== 0) throw new Error("next build failed");
    }
    const startServer = async () => {
      server = spawn(
        process.execPath,
        [nextBin, "start", "--port", String(nextPort), "--hostname", "127.0.0.1"],
        { env, stdio: "ignore" },
      );
      front ??= spawn(process.execPath, ["--import", "tsx", "scripts/front.ts"], {
        // The soak plays several clients through X-Forwarded-For, as a reverse proxy would send it.
        env: {
          ...env,
          FRONT_PORT: String(port),
          UPSTREAM_PORT: String(nextPort),
          TRUST_PROXY: "true",
        },
        stdio: "ignore",
      });
      await waitForHttp(baseUrl);
    };
    await startServer();
    return {
      baseUrl,
      databaseUrl: url,
      cluster,
      server: () => server!,
      startServer,
      stop: async () => {
        front?.kill("SIGTERM");
        if (server && server.exitCode === null && server.signalCode === null) {
          server.kill("SIGTERM");
          await waitForExit(server);
        }
        await cluster.stop();
      },
    };
  } catch (error) {
    server?.kill("SIGKILL");
    front?.kill("SIGKILL");
    await cluster.stop();
    throw error;
  }
}

export function runAutocannon(options: autocannon.Options): {
  instance: autocannon.Instance;
  done: Promise<autocannon.Result>;
} {
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
  return { instance, done };
}
