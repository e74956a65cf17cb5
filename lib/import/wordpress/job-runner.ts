import "server-only";
import { rm } from "node:fs/promises";
import { getDb } from "@/lib/db";
import { getEnv, isInsideNextServer } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { ImportBusyError, NotWxrError, importWordPress } from "@/lib/import/wordpress/importer";
import {
  type ClaimedImportJob,
  claimImportJob,
  completeImportJob,
  failImportJob,
  isFilePresent,
  recordImportProgress,
  requeueImportJob,
} from "@/lib/import/wordpress/jobs";
import { noteImportFinished } from "@/lib/import/wordpress/refresh";
import type { ImportProgress } from "@/lib/import/wordpress/types";
import { getTickToken } from "@/lib/runtime/ticker";

/** At most this many progress writes a second. */
const PROGRESS_EVERY_MS = 500;
/** Well inside STALE_IMPORT_SECONDS, also while one item takes long. */
const HEARTBEAT_EVERY_MS = 5_000;
/** While another import holds the lock, the queue is looked at again this often. */
const BUSY_RETRY_MS = 5_000;

export type ImportRunnerOptions = {
  db?: PrismaClient;
  databaseUrl?: string;
  /** Tests turn fetching images off. */
  fetchMedia?: boolean;
  /** Called when a job has ended; by default one tick of this server, so pages refresh now. */
  onJobEnded?: (jobId: string) => void;
};

type Outcome = "done" | "failed" | "busy";

/**
 * Writes the latest progress at most twice a second, one write at a time, and beats every few
 * seconds even when the importer says nothing (a long item, a slow image).
 */
function progressWriter(db: PrismaClient, job: ClaimedImportJob) {
  let latest: ImportProgress = { fraction: 0, stage: "" };
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  const write = () => {
    if (inFlight) return;
    inFlight = true;
    lastWrite = Date.now();
    writing = recordImportProgress(db, job, latest)
      .catch((error: unknown) => console.error(`[import ${job.id}] progress`, error))
      .finally(() => (inFlight = false));
  };
  const beat = setInterval(write, HEARTBEAT_EVERY_MS);
  beat.unref();
  return {
    push(progress: ImportProgress) {
      latest = progress;
      if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) write();
    },
    async stop() {
      clearInterval(beat);
      await writing;
    },
  };
}

/** Runs one claimed job to its end: DONE with the report, FAILED with one line, or back queued. */
async function runImportJob(
  job: ClaimedImportJob,
  options: ImportRunnerOptions = {},
): Promise<Outcome> {
  const db = options.db ?? getDb();
  const t = staffMessages().imports.errors;
  if (!(await isFilePresent(job.filePath))) {
    await failImportJob(db, job, t.fileMissing);
    return "failed";
  }
  const writer = progressWriter(db, job);
  try {
    const report = await importWordPress({
      file: job.filePath,
      dryRun: job.options.dryRun,
      authorId: job.options.authorId,
      actorId: job.startedById,
      fetchMedia: options.fetchMedia ?? true,
      onProgress: (progress) => writer.push(progress),
      db,
      databaseUrl: options.databaseUrl,
    });
    await writer.stop();
    // Another server took the job meanwhile (this one stalled past the heartbeat): it runs the
    // file again, so the file stays.
    if (await completeImportJob(db, job, report)) await rm(job.filePath, { force: true });
    return "done";
  } catch (error) {
    await writer.stop();
    if (error instanceof ImportBusyError) {
      await requeueImportJob(db, job);
      return "busy";
    }
    if (error instanceof NotWxrError) {
      // The file itself is wrong (or its owner gone): trying again cannot help.
      if (await failImportJob(db, job, error.message)) await rm(job.filePath, { force: true });
    } else {
      // Kept, so "Try again" can run it once the cause (a full disk, the database) is fixed.
      console.error(`[import ${job.id}] attempt ${job.attempt} failed`, error);
      await failImportJob(db, job, t.unexpected);
    }
    // Items written before the failure are public already: their pages must be refreshed.
    if (!job.options.dryRun) await noteImportFinished(db);
    return "failed";
  }
}

/** Asks this server's own tick route to run now (it revalidates pages, inside a request). */
function tickNow(): void {
  if (!isInsideNextServer()) return;
  const url = `http://127.0.0.1:${getEnv().PORT}/api/internal/tick`;
  fetch(url, { method: "POST", headers: { "x-tick-token": getTickToken() } }).catch(() => {
    // The server is stopping; its next start refreshes every page anyway.
  });
}

/**
 * Works through the queue one job at a time until it is empty or another import holds the lock;
 * returns how many jobs ended, and whether one is waiting for the lock.
 */
export async function runImportQueue(
  options: ImportRunnerOptions = {},
): Promise<{ ended: number; isWaiting: boolean }> {
  const db = options.db ?? getDb();
  let ended = 0;
  for (;;) {
    const job = await claimImportJob(db);
    if (!job) return { ended, isWaiting: false };
    const outcome = await runImportJob(job, options);
    if (outcome === "busy") return { ended, isWaiting: true };
    ended += 1;
    (options.onJobEnded ?? tickNow)(job.id);
  }
}

const RUNNER_KEY = Symbol.for("campaign.importRunner");
type RunnerGlobal = typeof globalThis & {
  [RUNNER_KEY]?: { running: boolean; again: boolean };
};

/**
 * Starts working through the queue in the background, unless this process already is (then the
 * running loop looks again before it stops). Returns at once; never throws.
 */
export function startImportRunner(options: ImportRunnerOptions = {}): void {
  // One per process, whichever route bundle calls: the state lives on globalThis.
  const store = globalThis as RunnerGlobal;
  const state = (store[RUNNER_KEY] ??= { running: false, again: false });
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    let isWaiting = false;
    do {
      state.again = false;
      isWaiting = await runImportQueue(options).then(
        (result) => result.isWaiting,
        (error: unknown) => {
          console.error("[import] the queue runner stopped", error);
          return false;
        },
      );
    } while (state.again && !isWaiting);
    state.running = false;
    // A command-line import can take long; the queued job starts soon after it ends, not only
    // at the next tick.
    if (isWaiting) setTimeout(() => startImportRunner(options), BUSY_RETRY_MS).unref();
  })();
}
