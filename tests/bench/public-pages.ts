/**
 * Benchmark of the public pages against the production build: 10,000 published articles and one
 * with 200 approved comments. Prints req/s, p50/p99 latency and the bytes each page ships. It
 * measures; it asserts nothing and gates nothing.
 */
import { gzipSync } from "node:zlib";
import { runAutocannon, startProductionApp } from "@/tests/bench/harness";

const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SECONDS = Number(process.env.BENCH_SECONDS) || 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
const ARTICLES = Number(process.env.BENCH_ARTICLES) || 10_000;

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

function run(url: string) {
  // Browsers always accept gzip; measuring uncompressed transfers would measure the loopback.
  return runAutocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { "accept-encoding": "gzip" },
  }).done;
}

export async function benchmarkPublicPages() {
  console.log(`Preparing ${ARTICLES} articles and a 200-comment article…`);
  const app = await startProductionApp({
    label: "bench",
    distDir: DIST_DIR,
    articles: ARTICLES,
    skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  });
  const { baseUrl } = app;
  try {
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
    await app.stop();
  }
}
