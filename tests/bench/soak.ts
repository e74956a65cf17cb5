/**
 * Soak of the production build: 50 connections on the public pages while comments are posted,
 * a PostgreSQL outage in the middle, a kill -9 of the server during a burst of writes, and
 * rate-limit floods. Prints figures; asserts nothing and gates nothing.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import {
  ADMIN,
  type ProductionApp,
  runAutocannon,
  sleep,
  startProductionApp,
} from "@/tests/bench/harness";
import {
  cookieHeader,
  findForm,
  type FormFields,
  postForm,
  type PostResult,
} from "@/tests/bench/soak-forms";

const DIST_DIR = process.env.SOAK_DIST_DIR ?? ".next-soak";
const SECONDS = Number(process.env.SOAK_SECONDS) || 60;
const OUTAGE_SECONDS = Number(process.env.SOAK_OUTAGE_SECONDS) || 20;
const CONNECTIONS = 50;
const COMMENT_WORKERS = 6;
const ARTICLE = { id: "bench-2", slug: "campaign-update-2" };
const run = randomBytes(3).toString("hex");
const YEAR = String(new Date().getFullYear());

const PAGES: [string, string][] = [
  ["home", "/"],
  ["article", "/news/campaign-update-1"],
  ["archive", "/tag/viasna"],
  ["search", "/search?q=political+prisoners"],
  ["feed", "/feed.xml"],
];

let serial = 0;
const randomIp = () =>
  `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** Every process of the server (next start may run workers), for memory and for kill -9. */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const ids = children.split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...(await Promise.all(ids.map(processTree))).flat()];
}

async function rssMb(pid: number): Promise<number> {
  let kb = 0;
  for (const id of await processTree(pid)) {
    const status = await readFile(`/proc/${id}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}

function visibleMessage(html: string): string {
  const alert = /role="alert"[^>]*>([\s\S]*?)<\/(p|div)>/.exec(html)?.[1];
  const text = (alert ?? html.replace(/<script[\s\S]*?<\/script>/g, "").slice(0, 4000))
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.slice(0, 220);
}

type CommentOutcome = {
  kind: "posted" | "refused" | "5xx" | "network" | "other";
  id?: string;
  status: number;
  message: string;
  ms: number;
  body: string;
};

class Commenter {
  private fields!: FormFields;
  constructor(private readonly baseUrl: string) {}

  private get pageUrl() {
    return `${this.baseUrl}/news/${ARTICLE.slug}?respond`;
  }

  /** Reads the form once: its hidden fields are the same for every post but the token. */
  async load() {
    const html = await (await fetch(this.pageUrl)).text();
    this.fields = findForm(html, "token");
  }

  async token(): Promise<{ token: string; at: number } | null> {
    const response = await fetch(
      `${this.baseUrl}/api/comments/token?articleId=${ARTICLE.id}`,
    ).catch(() => null);
    if (!response?.ok) return null;
    const { token } = (await response.json()) as { token: string };
    return { token, at: Date.now() };
  }

  async tokens(count: number) {
    const list = [];
    while (list.length < count) {
      const token = await this.token();
      if (token) list.push(token);
    }
    await sleep(3_200); // the form refuses a post sent within 3 s of being shown
    return list;
  }

  async post(
    token: { token: string; at: number },
    options: { ip?: string; email?: string; body?: string } = {},
  ): Promise<CommentOutcome> {
    const wait = token.at + 3_200 - Date.now();
    if (wait > 0) await sleep(wait);
    const n = ++serial;
    const body = options.body ?? `<p>Soak ${run} comment ${n}: solidarity with Viasna.</p>`;
    const result = await postForm(
      this.pageUrl,
      this.fields,
      {
        token: token.token,
        authorName: `Soak reader ${n}`,
        authorEmail: options.email ?? `soak-${run}-${n}@example.org`,
        authorUrl: "",
        company: "",
        body,
        humanAnswer: YEAR,
      },
      { "x-forwarded-for": options.ip ?? randomIp(), "user-agent": "soak" },
    );
    return { ...classify(result), body };
  }
}

function classify(result: PostResult): Omit<CommentOutcome, "body"> {
  const id = result.location ? /commented=([^&#]+)/.exec(result.location)?.[1] : undefined;
  const base = { status: result.status, ms: result.ms };
  if (result.status === 303 && id) return { ...base, kind: "posted", id, message: "posted" };
  if (result.status === 0) return { ...base, kind: "network", message: result.error ?? "" };
  if (result.status >= 500) return { ...base, kind: "5xx", message: visibleMessage(result.body) };
  if (result.status === 200)
    return { ...base, kind: "refused", message: visibleMessage(result.body) };
  return { ...base, kind: "other", message: `${result.status} ${result.location ?? ""}` };
}

function tally<T extends string>(items: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

async function signIn(baseUrl: string, email: string, password: string, ip: string) {
  const html = await (await fetch(`${baseUrl}/login`)).text();
  const fields = findForm(html, "callbackUrl");
  const result = await postForm(
    `${baseUrl}/login`,
    fields,
    { email, password, callbackUrl: "/admin" },
    { "x-forwarded-for": ip },
  );
  const signedIn = result.status === 303 && !!result.location?.endsWith("/admin");
  const message = signedIn
    ? "signed in"
    : /Too many attempts/.test(result.body)
      ? "throttled"
      : /Email or password is incorrect/.test(result.body)
        ? "wrong password"
        : `other ${result.status}`;
  return { signedIn, message, cookie: cookieHeader(result.cookies) };
}

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

async function crash(app: ProductionApp) {
  const { baseUrl } = app;
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const admin = await signIn(baseUrl, ADMIN.email, ADMIN.password, "192.0.2.1");
    if (!admin.signedIn) throw new Error(`admin sign-in failed: ${admin.message}`);
    const page = await (
      await fetch(`${baseUrl}/admin/comments?status=APPROVED`, {
        headers: { cookie: admin.cookie },
      })
    ).text();
    const editForm = findForm(page, "id");
    const commenter = new Commenter(baseUrl);
    await commenter.load();
    const tokens = await commenter.tokens(40);

    const posts = tokens.map(async (token, i) => {
      await sleep(i * 75);
      return commenter.post(token, { body: `<p>Crash ${run} comment ${i}.</p>` });
    });
    const edits = Array.from({ length: 20 }, async (_, i) => {
      await sleep(i * 150);
      const id = `bench-comment-${101 + i}`;
      const body = `<p>Crash ${run} edit ${i}.</p>`;
      const result = await postForm(
        `${baseUrl}/admin/comments?status=APPROVED`,
        editForm,
        { id, body },
        { cookie: admin.cookie },
      );
      return {
        id,
        body,
        acknowledged: result.status === 303 && !!result.location?.includes("done="),
      };
    });
    await sleep(1_500);
    const killed = await processTree(app.server().pid!);
    for (const pid of killed.reverse()) process.kill(pid, "SIGKILL");
    const postResults = await Promise.all(posts);
    const editResults = await Promise.all(edits);
    const restartStarted = Date.now();
    await app.startServer();
    const restartSeconds = (Date.now() - restartStarted) / 1000;

    const acknowledged = postResults.filter((p) => p.kind === "posted");
    const rows = await db.query<{ id: string; body: string }>(
      `SELECT id, body FROM "Comment" WHERE body LIKE $1`,
      [`<p>Crash ${run} comment %`],
    );
    const byBody = tally(rows.rows.map((r) => r.body));
    const ids = new Set(rows.rows.map((r) => r.id));
    const missing = acknowledged.filter((p) => !ids.has(p.id!));
    const duplicated = Object.values(byBody).filter((n) => n > 1).length;
    const unacknowledgedSaved = rows.rows.length - acknowledged.length;

    const ackEdits = editResults.filter((e) => e.acknowledged);
    const editRows = await db.query<{ id: string; body: string }>(
      `SELECT id, body FROM "Comment" WHERE id = ANY($1)`,
      [editResults.map((e) => e.id)],
    );
    const saved = new Map(editRows.rows.map((r) => [r.id, r.body]));
    const lostEdits = ackEdits.filter((e) => saved.get(e.id) !== e.body);
    const appliedEdits = editResults.filter((e) => saved.get(e.id) === e.body).length;

    console.log(
      `\n== Crash: kill -9 of ${killed.length} server process(es) 1.5 s into a burst (posts every 75 ms, edits every 150 ms)`,
    );
    console.log(
      `Comment posts: ${postResults.length} sent, ${acknowledged.length} answered success, outcomes ${JSON.stringify(tally(postResults.map((p) => p.kind)))}`,
    );
    console.log(
      `  in the database: ${rows.rows.length} (acknowledged missing: ${missing.length}, duplicated: ${duplicated}, saved without an answer: ${unacknowledgedSaved})`,
    );
    console.log(
      `Comment edits (moderator, signed in): ${editResults.length} sent, ${ackEdits.length} answered success, ${appliedEdits} applied in the database, acknowledged but lost: ${lostEdits.length}`,
    );
    console.log(`Server restarted and answering in ${restartSeconds.toFixed(1)} s`);
  } finally {
    await db.end();
  }
}

async function rateLimits(app: ProductionApp) {
  const { baseUrl } = app;
  const commenter = new Commenter(baseUrl);
  await commenter.load();
  const tokens = await commenter.tokens(18);
  const flooder = "203.0.113.7";
  const other = "198.51.100.9";
  const [flood, normal] = await Promise.all([
    Promise.all(tokens.slice(0, 15).map((token) => commenter.post(token, { ip: flooder }))),
    Promise.all(tokens.slice(15).map((token) => commenter.post(token, { ip: other }))),
  ]);
  const label = (o: CommentOutcome) =>
    o.kind === "posted"
      ? "posted"
      : /several comments/.test(o.message)
        ? "rate-limited"
        : `${o.kind} ${o.message.slice(0, 60)}`;
  console.log(
    "\n== Rate limits (configured: comments 5 per IP per 10 min; sign-in 20 per IP / 5 per email per 15 min)",
  );
  console.log(`Comments, one client (${flooder}) x15: ${JSON.stringify(tally(flood.map(label)))}`);
  console.log(
    `Comments, another client (${other}) x3 at the same time: ${JSON.stringify(tally(normal.map(label)))}`,
  );

  const attempts = Array.from({ length: 30 }, (_, i) => i);
  const signIns: string[] = [];
  const otherClient = (async () => {
    await sleep(2_000);
    return signIn(baseUrl, ADMIN.email, ADMIN.password, other);
  })();
  for (let i = 0; i < attempts.length; i += 5) {
    const batch = await Promise.all(
      attempts
        .slice(i, i + 5)
        .map((n) => signIn(baseUrl, `nobody-${run}-${n}@example.org`, "wrong password", flooder)),
    );
    signIns.push(...batch.map((b) => b.message));
  }
  const otherResult = await otherClient;
  console.log(`Sign-in attempts, one client (${flooder}) x30: ${JSON.stringify(tally(signIns))}`);
  console.log(`Sign-in by another client (${other}) during the flood: ${otherResult.message}`);
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
