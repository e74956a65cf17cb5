/**
 * Soak of the production build: 50 connections on the public pages while comments are posted,
 * a PostgreSQL outage in the middle, a kill -9 of the server during a burst of writes, and
 * rate-limit floods. Prints figures; asserts nothing and gates nothing.
 */
import {
  type ProductionApp,
  runAutocannon,
  sleep,
  startProductionApp,
} from "@/tests/bench/harness";
import { type CommentOutcome, Commenter, rssMb, tally } from "@/tests/bench/soak-client";
import { crash, rateLimits } from "@/tests/bench/soak-phases";

const DIST_DIR = process.env.SOAK_DIST_DIR ?? ".next-soak";
const SECONDS = Number(process.env.SOAK_SECONDS) || 60;
const OUTAGE_SECONDS = Number(process.env.SOAK_OUTAGE_SECONDS) || 20;
const CONNECTIONS = 50;
const COMMENT_WORKERS = 6;

const PAGES: [string, string][] = [
  ["home", "/"],
  ["article", "/news/campaign-update-1"],
  ["archive", "/tag/viasna"],
  ["search", "/search?q=political+prisoners"],
  ["feed", "/feed.xml"],
];

async function loadAndOutage(app: ProductionApp) {
  const { baseUrl } = app;
  const commenter = new Commenter(baseUrl);
  await commenter.load();
  for (const [, path] of PAGES) await fetch(`${baseUrl}${path}`); // fill the caches

  // Tokens for the outage probes, fetched before the load so the outage starts on time.
  const spare = await commenter.tokens(40);
  const memory: { t: number; mb: number }[] = [];
  const t0 = Date.now();
  const elapsed = () => Math.round((Date.now() - t0) / 1000);
  memory.push({ t: 0, mb: await rssMb(app.server().pid!) });

  let phase: "before" | "outage" | "after" = "before";
  const perPhase: Record<string, Record<string, number>> = { before: {}, outage: {}, after: {} };
  const count = (page: string, outcome: string) => {
    const key = `${page} ${outcome}`;
    perPhase[phase]![key] = (perPhase[phase]![key] ?? 0) + 1;
  };

  const runs = PAGES.map(([name, path]) => {
    const { instance, done } = runAutocannon({
      url: `${baseUrl}${path}`,
      connections: CONNECTIONS / PAGES.length,
      duration: SECONDS,
      timeout: 10,
    });
    instance.on("response", (_client, statusCode: number) =>
      count(name, statusCode >= 500 ? "5xx" : statusCode >= 400 ? "4xx" : "ok"),
    );
    instance.on("reqError", () => count(name, "error"));
    return done.then((result) => ({ name, path, result }));
  });

  const comments: (CommentOutcome & { phase: string })[] = [];
  let loading = true;
  const workers = Array.from({ length: COMMENT_WORKERS }, async () => {
    while (loading) {
      const token = await commenter.token();
      if (!token) {
        await sleep(1_000);
        continue;
      }
      const outcome = await commenter.post(token);
      comments.push({ ...outcome, phase });
    }
  });
  const sampler = (async () => {
    while (loading) {
      await sleep(2_000);
      memory.push({ t: elapsed(), mb: await rssMb(app.server().pid!) });
    }
  })();

  // The outage: a quarter of the way in, PostgreSQL stops for OUTAGE_SECONDS.
  await sleep(Math.max(0, SECONDS * 250 - (Date.now() - t0)));
  const outageStart = Date.now();
  phase = "outage";
  await app.cluster.stopPostgres();
  const stopSeconds = elapsed();
  await sleep(3_000);
  const writeDuringOutage = await commenter.post(spare.pop()!);
  await sleep(Math.max(0, OUTAGE_SECONDS * 1000 - (Date.now() - outageStart)));
  await app.cluster.startPostgres();
  phase = "after";
  const back = Date.now();
  let recovery: { seconds: number; attempts: number; last: CommentOutcome } | null = null;
  for (let attempts = 1; spare.length && Date.now() - back < 120_000; attempts++) {
    const outcome = await commenter.post(spare.pop()!);
    if (outcome.kind === "posted") {
      recovery = { seconds: (Date.now() - back) / 1000, attempts, last: outcome };
      break;
    }
    await sleep(500);
  }

  const results = await Promise.all(runs);
  loading = false;
  await Promise.all([...workers, sampler]);
  await sleep(5_000);
  memory.push({ t: elapsed(), mb: await rssMb(app.server().pid!) });

  console.log(
    `\n== Load: ${CONNECTIONS} connections for ${SECONDS} s (${CONNECTIONS / PAGES.length} per page), ${COMMENT_WORKERS} commenters in parallel`,
  );
  console.table(
    results.map(({ name, path, result }) => ({
      page: name,
      path,
      requests: result.requests.total,
      "req/s": Math.round(result.requests.average),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      "5xx": Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => code.startsWith("5"))
        .reduce((sum, [, stats]) => sum + (stats.count ?? 0), 0),
    })),
  );
  const total = results.reduce((sum, { result }) => sum + result.requests.total, 0);
  console.log(`All pages: ${total} requests, ${Math.round(total / SECONDS)} req/s`);
  console.log("Public responses by phase (before / during / after the outage):");
  console.table(perPhase);
  console.log("Comment posts by phase:");
  console.table({
    before: tally(comments.filter((c) => c.phase === "before").map((c) => c.kind)),
    outage: tally(comments.filter((c) => c.phase === "outage").map((c) => c.kind)),
    after: tally(comments.filter((c) => c.phase === "after").map((c) => c.kind)),
  });
  const latencies = comments
    .filter((c) => c.kind === "posted")
    .map((c) => c.ms)
    .sort((a, b) => a - b);
  console.log(
    `Comment post latency (posted): p50 ${latencies[Math.floor(latencies.length / 2)] ?? "-"} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)] ?? "-"} ms`,
  );
  const refusals = tally(
    comments
      .filter((c) => c.kind !== "posted")
      .map((c) => `${c.status} ${c.message.slice(0, 120)}`),
  );
  if (Object.keys(refusals).length) console.log("Comment posts not accepted:", refusals);
  console.log(
    `Server RSS (MB) before / samples / after: ${memory.map((m) => `${m.t}s:${m.mb}`).join(" ")}`,
  );

  console.log(
    `\n== Database outage: PostgreSQL stopped at ${stopSeconds} s for ${OUTAGE_SECONDS} s`,
  );
  const failed = Object.entries(perPhase.outage!)
    .filter(([key]) => !key.endsWith(" ok"))
    .reduce((sum, [, n]) => sum + n, 0);
  const served = Object.entries(perPhase.outage!)
    .filter(([key]) => key.endsWith(" ok"))
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(`Public requests during the outage: ${served} served, ${failed} failed`);
  console.log(
    `A comment post during the outage answered ${writeDuringOutage.status} (${writeDuringOutage.kind}) in ${writeDuringOutage.ms} ms: "${writeDuringOutage.message}"`,
  );
  console.log(
    `The text typed is in the answer: ${writeDuringOutage.status === 200 && /Soak [0-9a-f]+ comment/.test(writeDuringOutage.message + writeDuringOutage.body) ? "yes" : "no"}`,
  );
  console.log(
    recovery
      ? `Writes succeed again ${recovery.seconds.toFixed(1)} s after PostgreSQL is back (attempt ${recovery.attempts}), without restarting the app`
      : "Writes did NOT recover within 120 s",
  );
}

export async function soak() {
  console.log(`Soak: ${SECONDS} s of load, ${OUTAGE_SECONDS} s database outage. Preparing…`);
  const app = await startProductionApp({
    label: "soak",
    distDir: DIST_DIR,
    articles: Number(process.env.SOAK_ARTICLES) || 2_000,
    skipBuild: process.env.SOAK_SKIP_BUILD === "1",
    restartableDatabase: true,
  });
  try {
    console.log(`Serving ${app.baseUrl}; next-server pid ${app.server().pid}`);
    await loadAndOutage(app);
    await crash(app);
    await rateLimits(app);
  } finally {
    await app.stop();
  }
}
