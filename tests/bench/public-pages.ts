/**
 * Benchmark of the public pages against the production build: 10,000 published articles and one
 * with 200 approved comments. Prints req/s, p50/p99 latency and the bytes each page ships. It
 * measures; it asserts nothing and gates nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import pg from "pg";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/runtime/database";
import { findFreePort } from "@/lib/runtime/processes";
import { databaseUrl, runAdminQuery, startTestCluster } from "@/tests/setup/database";

const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SECONDS = Number(process.env.BENCH_SECONDS) || 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
const ARTICLES = Number(process.env.BENCH_ARTICLES) || 10_000;

async function bulkContent(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "User" WHERE role = 'EDITOR' LIMIT 1`,
    );
    const authorId = rows[0]!.id;
    // Realistic-looking bodies (~600 words) made of campaign vocabulary, spread over 12 years.
    await client.query(
      `INSERT INTO "Article" (id, kind, title, slug, excerpt, body, status, "publishedAt", "authorId", "createdAt", "updatedAt")
       SELECT 'bench-' || g, 'POST', 'Campaign update number ' || g || ': letters to political prisoners',
         'campaign-update-' || g, 'Update ' || g || ' from the campaign for Ales Bialiatski and Viasna.',
         repeat('<p>Human rights defenders in Belarus continue to document detentions, trials and the conditions of political prisoners. Supporters write letters and postcards. </p>', 20),
         'PUBLISHED', now() - (g || ' hours')::interval, $1, now(), now()
       FROM generate_series(1, $2::int) AS g`,
      [authorId, ARTICLES],
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

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", resolve));
}

async function waitForHttp(url: string) {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function pageBytes(baseUrl: string, path: string) {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let jsGzip = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    jsGzip += gzipSync(body).length;
  }
  return { htmlGzip: gzipSync(html).length, jsGzip, scripts: new Set(scripts).size };
}

function run(url: string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (error, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
}

export async function benchmarkPublicPages() {
  console.log(`Preparing ${ARTICLES} articles and a 200-comment article…`);
  const cluster = await startTestCluster("bench");
  let server: ChildProcess | undefined;
  try {
    await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "bench"`);
    const url = databaseUrl(cluster.adminUrl, "bench");
    await prepareDatabase(url, parseEnv({ ADMIN_PASSWORD: "bench-admin-password" }), () => {});
    await bulkContent(url);

    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
    };
    const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      console.log("Building…");
      const build = spawn(process.execPath, [nextBin, "build"], { env, stdio: "ignore" });
      if ((await waitForExit(build)) !== 0) throw new Error("next build failed");
    }
    server = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      env,
      stdio: "ignore",
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(baseUrl);

    const pages: [string, string][] = [
      ["home", "/"],
      ["article", "/news/campaign-update-1"],
      ["archive", "/tag/viasna"],
      ["archive p.50", "/tag/viasna/page/50"],
      ["search", "/search?q=political+prisoners"],
      ["feed", "/feed.xml"],
    ];
    const rows = [];
    for (const [name, path] of pages) {
      await fetch(`${baseUrl}${path}`); // first visit renders and fills the cache
      const result = await run(`${baseUrl}${path}`);
      const bytes =
        name === "feed" ? { htmlGzip: 0, jsGzip: 0, scripts: 0 } : await pageBytes(baseUrl, path);
      rows.push({
        page: name,
        path,
        "req/s": Math.round(result.requests.average),
        "p50 ms": result.latency.p50,
        "p99 ms": result.latency.p99,
        errors: result.errors + result.non2xx,
        "HTML gz KB": +(bytes.htmlGzip / 1024).toFixed(1),
        "JS gz KB": +(bytes.jsGzip / 1024).toFixed(1),
      });
    }
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page, ${ARTICLES} articles:`);
    console.table(rows);
  } finally {
    server?.kill("SIGTERM");
    if (server) await waitForExit(server);
    await cluster.stop();
  }
}
