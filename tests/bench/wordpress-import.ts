/**
 * Benchmark of the WordPress importer: a generated export (50,000 posts and 200,000 comments, or
 * BENCH_IMPORT_POSTS / BENCH_IMPORT_COMMENTS) imported into a fresh migrated database, then the
 * same file again, which should create nothing. Prints wall time, items per second, peak memory
 * and the file's size. It measures; it asserts nothing and gates nothing.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportCount, ImportReport } from "@/lib/import/wordpress/types";
import { applyMigrations } from "@/lib/migrations/runner";
import { MIGRATIONS_DIR } from "@/lib/runtime/database";
import { ensureFirstAdmin } from "@/lib/seed/installation";
import { ADMIN, waitForExit } from "@/tests/bench/harness";
import type { ImportRun } from "@/tests/bench/wordpress-import-run";
import type { WxrSummary } from "@/tests/bench/wxr-generate";
import { databaseUrl, runAdminQuery, startTestCluster } from "@/tests/setup/database";

const POSTS = Number(process.env.BENCH_IMPORT_POSTS) || 50_000;
const COMMENTS = process.env.BENCH_IMPORT_COMMENTS
  ? Number(process.env.BENCH_IMPORT_COMMENTS)
  : 200_000;
/** BENCH_IMPORT_BROKEN=1 adds the damaged items (broken XML, bad UTF-8, orphan replies…). */
const BROKEN = process.env.BENCH_IMPORT_BROKEN === "1";
const CACHE_DIR = process.env.BENCH_IMPORT_DIR ?? path.join(tmpdir(), "campaign-bench-wxr");
const BENCH_DIR = path.join(process.cwd(), "tests", "bench");

const mb = (bytes: number) => +(bytes / 1024 / 1024).toFixed(1);

/** The export for these sizes, written by a child process (its memory is not the importer's). */
async function exportFile(): Promise<{ file: string; summary: WxrSummary; generatedMs?: number }> {
  // The generator's own source is in the name, so a changed generator writes a new file.
  const hash = createHash("sha256");
  for (const name of (await readdir(BENCH_DIR)).filter((n) => n.startsWith("wxr-")).sort())
    hash.update(await readFile(path.join(BENCH_DIR, name)));
  const name = `wxr-${POSTS}p-${COMMENTS}c${BROKEN ? "-broken" : ""}-${hash.digest("hex").slice(0, 8)}`;
  const file = path.join(CACHE_DIR, `${name}.xml`);
  const summaryFile = path.join(CACHE_DIR, `${name}.json`);
  const cached = await readFile(summaryFile, "utf8").catch(() => null);
  if (cached && (await stat(file).catch(() => null)))
    return { file, summary: JSON.parse(cached) as WxrSummary };

  // Files of an earlier generator for the same sizes are hundreds of megabytes each.
  await mkdir(CACHE_DIR, { recursive: true });
  const earlier = new RegExp(`^${name.slice(0, name.lastIndexOf("-"))}-[0-9a-f]{8}\\.`);
  for (const old of await readdir(CACHE_DIR))
    if (earlier.test(old)) await rm(path.join(CACHE_DIR, old), { force: true });
  console.log(`Writing a WordPress export of ${POSTS} posts and ${COMMENTS} comments…`);
  const partial = `${file}.partial`;
  const args = [partial, "--posts", String(POSTS), "--comments", String(COMMENTS)];
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(BENCH_DIR, "wxr-generate.ts"),
      ...args,
      ...(BROKEN ? ["--broken"] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  if ((await waitForExit(child)) !== 0) throw new Error("the export generator failed");
  const line = output.split("\n").find((l) => l.startsWith("SUMMARY "));
  if (!line) throw new Error(`the export generator printed no summary: ${output}`);
  const summary = JSON.parse(line.slice("SUMMARY ".length)) as WxrSummary;
  await rename(partial, file);
  await writeFile(summaryFile, JSON.stringify(summary));
  return { file, summary, generatedMs: summary.durationMs };
}

const total = (report: ImportReport, key: keyof ImportCount) =>
  Object.values(report.counts).reduce((sum, count) => sum + count[key], 0);

function tableRow(result: ImportRun, summary: WxrSummary) {
  const items = summary.posts + summary.pages + summary.edgeItems;
  const records = summary.authors + summary.terms + items + summary.attachments + summary.comments;
  const { seconds, report } = result;
  return {
    run: result.run,
    "wall s": +seconds.toFixed(1),
    "posts+pages/s": Math.round(items / seconds),
    "comments/s": Math.round(summary.comments / seconds),
    "records/s": Math.round(records / seconds),
    "peak RSS MB": mb(result.peakRss),
    "maxRSS MB": mb(result.maxRss),
    "peak heap MB": mb(result.peakHeap),
    "node CPU s": +result.cpuSeconds.toFixed(1),
    "max stall ms": Math.round(result.maxStallMs),
    created: total(report, "created"),
    updated: total(report, "updated"),
    unchanged: total(report, "unchanged"),
    skipped: total(report, "skipped"),
  };
}

/** Both imports, in a process of their own; BENCH_IMPORT_NODE_ARGS="--cpu-prof" profiles it. */
async function runImports(file: string, url: string, actorId: string): Promise<ImportRun[]> {
  const extra = (process.env.BENCH_IMPORT_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      ...extra,
      path.join(BENCH_DIR, "wordpress-import-run.ts"),
    ],
    {
      env: {
        ...process.env,
        BENCH_IMPORT_FILE: file,
        BENCH_IMPORT_DATABASE_URL: url,
        BENCH_IMPORT_ACTOR: actorId,
        // As `npm run import:wordpress` sets it: parts of the importer use the app's client.
        DATABASE_URL: url,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const results: ImportRun[] = [];
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("RESULT ")) results.push(JSON.parse(line.slice(7)) as ImportRun);
      else console.log(line);
    }
  });
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`the import process exited with ${code}`);
  return results;
}

function describeReport(run: string, report: ImportReport) {
  console.log(`\n${run}: what the importer reported`);
  console.table(report.counts);
  const top = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([key, count]) => `${key} ${count}`)
      .join(", ") || "none";
  console.log(`  skipped by status: ${top(report.skippedByStatus)}`);
  console.log(`  unknown shortcodes: ${top(report.unknownShortcodes)}`);
  console.log(`  other taxonomies: ${top(report.otherTaxonomies)}`);
  console.log(
    `  missing media: ${report.missingMedia.length}; problems: ${report.problems.length}`,
  );
  for (const problem of report.problems.slice(0, 8))
    console.log(`    ${problem.item}: ${problem.message}`);
}

export async function benchmarkWordPressImport() {
  const { file, summary, generatedMs } = await exportFile();
  console.log(
    `Export: ${file}, ${mb(summary.bytes)} MB; ${summary.posts} posts, ${summary.pages} pages, ${summary.attachments} images, ${summary.comments} comments, ${summary.terms} terms, ${summary.authors} authors${summary.edgeItems ? `, ${summary.edgeItems} damaged items` : ""} (${generatedMs === undefined ? "cached" : `written in ${(generatedMs / 1000).toFixed(1)} s`})`,
  );
  const cluster = await startTestCluster("bench-import");
  const name = "bench_import";
  let db: PrismaClient | undefined;
  try {
    await runAdminQuery(cluster.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await runAdminQuery(cluster.adminUrl, `CREATE DATABASE "${name}"`);
    const url = databaseUrl(cluster.adminUrl, name);
    await applyMigrations(url, MIGRATIONS_DIR);
    db = createPrismaClient(url);
    await ensureFirstAdmin(db, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
    const [first, second] = await runImports(file, url, admin.id);
    if (!first || !second) throw new Error("the import process gave no figures");
    const sizes = await db.$queryRaw<{ size: bigint }[]>`
      SELECT pg_database_size(current_database()) AS size`;

    describeReport("First import", first.report);
    describeReport("Re-run", second.report);
    const rows = [tableRow(first, summary), tableRow(second, summary)];
    console.log(
      `\nWordPress import of ${mb(summary.bytes)} MB (${summary.posts + summary.pages} posts and pages, ${summary.comments} comments), fetchMedia off; rates count every item in the file, imported or skipped; database after both runs ${mb(Number(sizes[0]?.size ?? 0))} MB:`,
    );
    console.table(rows);
    if (rows[1]!.created > 0)
      console.log(`Note: the re-run created ${rows[1]!.created} records; it should create none.`);
  } finally {
    await db?.$disconnect();
    await cluster.stop();
  }
}
