/** The soak's later phases: a kill -9 during a burst of writes, and rate-limit floods. */
import pg from "pg";
import { ADMIN, type ProductionApp, sleep } from "@/tests/bench/harness";
import {
  type CommentOutcome,
  Commenter,
  processTree,
  run,
  signIn,
  tally,
} from "@/tests/bench/soak-client";
import { findForm, postForm } from "@/tests/bench/soak-forms";

export async function crash(app: ProductionApp) {
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

export async function rateLimits(app: ProductionApp) {
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
