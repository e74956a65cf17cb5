import "server-only";
import path from "node:path";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { staticExportSectionsEn } from "@/lib/i18n/messages/staff/static-export";
import {
  type ExportOptions,
  type ExportProgress,
  SiteUnreachableError,
  exportStaticSite,
} from "@/lib/static-export/exporter";
import {
  type ClaimedExportJob,
  claimStaticExportJob,
  completeExportJob,
  failExportJob,
  recordExportProgress,
} from "@/lib/static-export/jobs";

/** At most this many progress writes a second. */
const PROGRESS_EVERY_MS = 500;
/** Well inside STALE_EXPORT_SECONDS, also while one large file takes long. */
const HEARTBEAT_EVERY_MS = 5_000;

/** Where this instance keeps the mirror (updated in place by each export) and its zip. */
export function staticExportPaths(dataDir = getEnv().DATA_DIR) {
  const root = path.resolve(dataDir, "static-export");
  return { folder: path.join(root, "site"), zipFile: path.join(root, "mirror.zip") };
}

export type ExportRunnerOptions = {
  db?: PrismaClient;
  /** By default this server's own front, as an anonymous reader sees it. */
  baseUrl?: string;
  dataDir?: string;
  contacts?: ExportOptions["contacts"];
  /** How long a job waits for the front to answer before it starts; tests wait less. */
  frontWaitMs?: number;
};

/** Writes the latest progress at most twice a second, and beats every few seconds regardless. */
function progressWriter(db: PrismaClient, job: ClaimedExportJob) {
  let latest: ExportProgress = { fraction: 0, stage: "" };
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  const write = () => {
    if (inFlight) return;
    inFlight = true;
    lastWrite = Date.now();
    writing = recordExportProgress(db, job, latest)
      .catch((error: unknown) => console.error(`[static export ${job.id}] progress`, error))
      .finally(() => (inFlight = false));
  };
  const beat = setInterval(write, HEARTBEAT_EVERY_MS);
  beat.unref();
  return {
    push(progress: ExportProgress) {
      latest = progress;
      if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) write();
    },
    async stop() {
      clearInterval(beat);
      await writing;
    },
  };
}

/** How long a job taken up at startup waits for this server's front to let readers in. */
const FRONT_WAIT_MS = 60_000;

/** Resolves once the front answers (its health route), or after `waitMs` regardless. */
async function waitForFront(baseUrl: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const ok = await fetch(new URL("/api/health", baseUrl), { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Runs one claimed export to its end: DONE with its counts, or FAILED with one line. */
async function runExportJob(job: ClaimedExportJob, options: ExportRunnerOptions): Promise<void> {
  const db = options.db ?? getDb();
  const t = staticExportSectionsEn.staticExport.failed;
  const baseUrl = options.baseUrl ?? `http://127.0.0.1:${getEnv().PORT}`;
  const writer = progressWriter(db, job);
  try {
    await waitForFront(baseUrl, options.frontWaitMs ?? FRONT_WAIT_MS);
    const report = await exportStaticSite({
      baseUrl,
      ...staticExportPaths(options.dataDir),
      zipRoot: "mirror",
      contacts: options.contacts,
      onProgress: (progress) => writer.push(progress),
    });
    await writer.stop();
    await completeExportJob(db, job, report);
  } catch (error) {
    await writer.stop();
    console.error(`[static export ${job.id}] attempt ${job.attempt} failed`, error);
    await failExportJob(
      db,
      job,
      error instanceof SiteUnreachableError ? t.unreachable : t.unexpected,
    );
  }
}

/** Works through the queue (one export at most is ever queued); returns how many ended. */
export async function runStaticExportQueue(options: ExportRunnerOptions = {}): Promise<number> {
  const db = options.db ?? getDb();
  let ended = 0;
  for (;;) {
    const job = await claimStaticExportJob(db);
    if (!job) return ended;
    await runExportJob(job, options);
    ended += 1;
  }
}

const RUNNER_KEY = Symbol.for("campaign.staticExportRunner");
type RunnerGlobal = typeof globalThis & { [RUNNER_KEY]?: { running: boolean; again: boolean } };

/**
 * Starts working through the queue in the background, unless this process already is (then the
 * running loop looks again before it stops). Returns at once; never throws. Called when the
 * button is pressed and on every tick, so a job whose server stopped is taken up again.
 */
export function startStaticExportRunner(options: ExportRunnerOptions = {}): void {
  const store = globalThis as RunnerGlobal;
  const state = (store[RUNNER_KEY] ??= { running: false, again: false });
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    do {
      state.again = false;
      await runStaticExportQueue(options).catch((error: unknown) => {
        console.error("[static export] the queue runner stopped", error);
      });
    } while (state.again);
    state.running = false;
  })();
}
