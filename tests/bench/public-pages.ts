/**
 * Benchmark of the public pages against the production build: 10,000 published articles and one
 * with 200 approved comments. After a 3 s warm-up per page, prints req/s, p50/p99 latency and the
 * bytes each page ships. It measures; it asserts nothing and gates nothing.
 */
import http from "node:http";
import zlib from "node:zlib";
import { benchmarkEditorLoad } from "@/tests/bench/editor-load";
import { benchmarkLighthouse } from "@/tests/bench/lighthouse";
import { runAutocannon, startProductionApp } from "@/tests/bench/harness";

const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SECONDS = Number(process.env.BENCH_SECONDS) || 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
const ARTICLES = Number(process.env.BENCH_ARTICLES) || 10_000;
/** BENCH_ONLY=search measures only the rows whose name starts with it; BENCH_ONLY=editor the editor alone. */
const ONLY = process.env.BENCH_ONLY ?? "";

// What Chromium sends: the server's answer is measured as a reader receives it.
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

/** The bytes of a body exactly as they cross the wire, and the body decoded. */
function received(url: string): Promise<{ sent: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const body =
            encoding === "br"
              ? zlib.brotliDecompressSync(raw)
              : encoding === "gzip"
                ? zlib.gunzipSync(raw)
                : raw;
          resolve({ sent: raw.length, body });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** A first visit's HTML, scripts and stylesheets as transferred (images aside). */
async function pageBytes(baseUrl: string, path: string) {
  const page = await received(`${baseUrl}${path}`);
  const html = page.body.toString("utf8");
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  const styles = new Set(
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!),
  );
  let js = 0;
  for (const src of scripts) js += (await received(new URL(src, baseUrl).href)).sent;
  let css = 0;
  for (const href of styles) css += (await received(new URL(href, baseUrl).href)).sent;
  return { html: page.sent, js, css, scripts: scripts.size };
}

/** A path with `{n}` in it asks for a new address each time (a search nobody made before). */
function run(url: string, seconds = SECONDS) {
  const { origin } = new URL(url);
  const template = url.slice(origin.length);
  let n = 0;
  return runAutocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    headers: BROWSER,
    requests: [
      { setupRequest: (request) => ({ ...request, path: template.replace("{n}", String(++n)) }) },
    ],
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
      // Belarusian inflection (stemmed) and a misspelt name (spelling lexicon, pg_trgm).
      ["search be", `/be/search?q=${encodeURIComponent("Бяляцкага")}`],
      ["search misspelt", "/search?q=Bialatski"],
      // Every request a query not asked before: no cache anywhere, each one ranked by PostgreSQL.
      ["search, all distinct", "/search?q=political+prisoners+{n}"],
      ["feed", "/feed.xml"],
      // The demo petition: its cached page, and the sign form (a token per reader, never cached).
      ["petition", "/petitions/free-belarus-political-prisoners"],
      ["petition sign form", "/petitions/free-belarus-political-prisoners/sign"],
      ["petition list", "/petitions"],
      // A story with a share box and a donate box, then the main action at its end.
      ["action boxes article", "/news/birthday-postcards-for-ales"],
      ["badge", "/badge"],
    ];
    const rows = [];
    for (const [name, path] of pages.filter(([name]) => name.startsWith(ONLY))) {
      // Warm-up, not measured: the first visit renders and fills the caches, and the server's
      // first tick (3 s after start: lexicon rebuild, startup revalidation) is behind us.
      await fetch(`${baseUrl}${path}`);
      await run(`${baseUrl}${path}`, 3);
      const result = await run(`${baseUrl}${path}`);
      const bytes =
        name === "feed" || path.includes("{n}")
          ? { html: (await received(`${baseUrl}${path}`)).sent, js: 0, css: 0, scripts: 0 }
          : await pageBytes(baseUrl, path);
      const kb = (value: number) => +(value / 1024).toFixed(1);
      rows.push({
        page: name,
        path,
        "req/s": Math.round(result.requests.average),
        "p50 ms": result.latency.p50,
        "p99 ms": result.latency.p99,
        errors: result.errors + result.non2xx,
        "HTML KB sent": kb(bytes.html),
        "JS KB sent": kb(bytes.js),
        "CSS KB sent": kb(bytes.css),
        "first visit KB": kb(bytes.html + bytes.js + bytes.css),
      });
    }
    if (rows.length > 0) {
      console.log(
        `\n${CONNECTIONS} connections, ${SECONDS} s per page, ${ARTICLES} articles; bytes as sent to a browser (brotli), images aside:`,
      );
      console.table(rows);
    }
    if ("editor".startsWith(ONLY) || ONLY.startsWith("editor"))
      await benchmarkEditorLoad(baseUrl, app.databaseUrl);
    if ("lighthouse".startsWith(ONLY) || ONLY.startsWith("lighthouse"))
      await benchmarkLighthouse(baseUrl, [
        ["home", "/"],
        ["article", "/news/ales-bialiatski-released"],
        ["home be", "/be"],
      ]);
  } finally {
    await app.stop();
  }
}
