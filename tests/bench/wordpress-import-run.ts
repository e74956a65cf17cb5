/**
 * The measured part of the WordPress import benchmark, in a process of its own (started by
 * wordpress-import.ts), so its memory figures are the importer's alone: imports the export twice
 * into the database it is given and prints each run's figures as a RESULT line of JSON.
 *
 * It runs with `--conditions=react-server`, as Next.js runs server code, so modules guarded by
 * `server-only` load outside Next.js.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { writeHeapSnapshot } from "node:v8";
import { createPrismaClient } from "@/lib/db";
import { importWordPress } from "@/lib/import/wordpress/importer";
import type { ImportReport } from "@/lib/import/wordpress/types";

export type ImportRun = {
  run: string;
  seconds: number;
  /** Sampled every 100 ms. */
  peakRss: number;
  peakHeap: number;
  /** process.resourceUsage().maxRSS, in bytes: the process's peak, including what sampling missed. */
  maxRss: number;
  cpuSeconds: number;
  /** The longest the event loop could not run a timer. */
  maxStallMs: number;
  report: ImportReport;
};

function watchProcess() {
  let peakRss = 0;
  let peakHeap = 0;
  const take = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  take();
  const timer = setInterval(take, 100);
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const cpu = process.cpuUsage();
  return () => {
    clearInterval(timer);
    lag.disable();
    take();
    const used = process.cpuUsage(cpu);
    return {
      peakRss,
      peakHeap,
      maxRss: process.resourceUsage().maxRSS * 1024,
      cpuSeconds: (used.user + used.system) / 1e6,
      maxStallMs: lag.max / 1e6,
    };
  };
}

const file = process.env.BENCH_IMPORT_FILE!;
const url = process.env.BENCH_IMPORT_DATABASE_URL!;
const actorId = process.env.BENCH_IMPORT_ACTOR!;
/** With --expose-gc, each progress line shows the heap still reachable after a full collection. */
const gc = (globalThis as { gc?: () => void }).gc;
/** BENCH_IMPORT_SNAPSHOT=1: a heap snapshot at 90 % of the first run, to see what holds memory. */
const snapshotAt = process.env.BENCH_IMPORT_SNAPSHOT === "1" ? 9 : -1;
const db = createPrismaClient(url);
try {
  for (const run of ["first import", "re-run (same file)"]) {
    const stop = watchProcess();
    const started = performance.now();
    let shown = -1;
    const report = await importWordPress({
      file,
      fetchMedia: false,
      actorId,
      db,
      databaseUrl: url,
      onProgress: ({ fraction, stage }) => {
        const tenth = Math.floor(fraction * 10);
        if (tenth === shown) return;
        shown = tenth;
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        gc?.();
        const { rss, heapUsed } = process.memoryUsage();
        const live = gc ? `, live heap ${(heapUsed / 1024 / 1024).toFixed(0)} MB` : "";
        console.log(
          `  ${run}: ${tenth * 10}% ${stage} (${seconds} s, RSS ${(rss / 1024 / 1024).toFixed(0)} MB${live})`,
        );
        if (tenth === snapshotAt && run === "first import")
          console.log(`  heap snapshot: ${writeHeapSnapshot()}`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const result: ImportRun = { run, seconds, ...stop(), report };
    console.log(`RESULT ${JSON.stringify(result)}`);
  }
} finally {
  await db.$disconnect();
}
