import "server-only";
import { stat } from "node:fs/promises";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import {
  type ImportJobOptions,
  ImportJobOptionsSchema,
  type ImportUploadFields,
} from "@/lib/import/wordpress/job-schemas";
import type { ImportReport } from "@/lib/import/wordpress/types";

/** A job is tried this many times; one that stopped (its server died) that often has failed. */
export const MAX_IMPORT_ATTEMPTS = 3;
/** A RUNNING job whose heartbeat is older than this lost its server, and is taken up again. */
export const STALE_IMPORT_SECONDS = 30;

export type UploadedExport = { name: string; path: string; size: number };

/** The job a runner holds: its writes count only while the job is still this attempt's. */
export type ClaimedImportJob = {
  id: string;
  filePath: string;
  options: ImportJobOptions;
  attempt: number;
  startedById: string | null;
};

export async function isFilePresent(filePath: string): Promise<boolean> {
  return (await stat(filePath).catch(() => null))?.isFile() ?? false;
}

/** Queues the import of an uploaded export, and records who started it (import:run). */
export async function createImportJob(
  actor: Actor | null,
  file: UploadedExport,
  fields: ImportUploadFields,
  db: PrismaClient = getDb(),
): Promise<{ id: string }> {
  assertCan(actor, "import:run");
  const options: ImportJobOptions = {
    dryRun: fields.dryRun,
    ...(fields.authors === "mine" ? { authorId: actor.id } : {}),
  };
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        fileName: file.name,
        filePath: file.path,
        fileSize: BigInt(file.size),
        options,
        startedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      actor,
      {
        action: "import.start",
        targetType: "ImportJob",
        targetId: job.id,
        summary: `Started a WordPress import of ${file.name} (${formatImportSize(file.size)})${fields.dryRun ? ", dry run" : ""}`,
        details: { fileName: file.name, fileSize: file.size, ...fields },
      },
      tx,
    );
    return job;
  });
}

/** Puts a failed import back in the queue while its uploaded file is still there (import:run). */
export async function retryImportJob(
  actor: Actor | null,
  id: string,
  db: PrismaClient = getDb(),
): Promise<void> {
  assertCan(actor, "import:run");
  const t = staffMessages().imports.job;
  const job = await db.importJob.findUnique({
    where: { id },
    select: { status: true, filePath: true, fileName: true },
  });
  if (!job) throw new AppError("NOT_FOUND", "This import does not exist.");
  if (job.status !== "FAILED") throw new AppError("CONFLICT", t.notFailed);
  if (!(await isFilePresent(job.filePath))) throw new AppError("CONFLICT", t.fileGone);
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { id, status: "FAILED" },
      data: {
        status: "QUEUED",
        attempts: 0,
        error: null,
        progress: 0,
        stage: "",
        report: Prisma.DbNull,
        heartbeatAt: null,
        finishedAt: null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", t.notFailed);
    await recordAudit(
      actor,
      {
        action: "import.retry",
        targetType: "ImportJob",
        targetId: id,
        summary: `Queued the WordPress import of ${job.fileName} again`,
      },
      tx,
    );
  });
}

type ClaimRow = {
  id: string;
  status: "RUNNING" | "FAILED";
  filePath: string;
  options: unknown;
  attempts: number;
  startedById: string | null;
};

/**
 * Takes the oldest job waiting, or a RUNNING one whose server stopped beating. One UPDATE under
 * FOR UPDATE SKIP LOCKED, so two servers (or two calls) never take the same job. A job already
 * tried MAX_IMPORT_ATTEMPTS times is marked FAILED instead, and the next one is looked at.
 * Times are the database's, so the servers' clocks need not agree.
 */
export async function claimImportJob(db: PrismaClient = getDb()): Promise<ClaimedImportJob | null> {
  const gaveUp = staffMessages().imports.errors.tooManyAttempts(MAX_IMPORT_ATTEMPTS);
  for (;;) {
    const rows = await db.$queryRaw<ClaimRow[]>`
      WITH next AS (
        SELECT "id" FROM "ImportJob"
        WHERE "status" = 'QUEUED'
           OR ("status" = 'RUNNING' AND ("heartbeatAt" IS NULL
               OR "heartbeatAt" < now() - make_interval(secs => ${STALE_IMPORT_SECONDS})))
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "ImportJob" AS job SET
        "status" = (CASE WHEN job."attempts" >= ${MAX_IMPORT_ATTEMPTS} THEN 'FAILED' ELSE 'RUNNING' END)::"ImportJobStatus",
        "attempts" = CASE WHEN job."attempts" >= ${MAX_IMPORT_ATTEMPTS} THEN job."attempts" ELSE job."attempts" + 1 END,
        "error" = CASE WHEN job."attempts" >= ${MAX_IMPORT_ATTEMPTS} THEN ${gaveUp} ELSE NULL END,
        "finishedAt" = CASE WHEN job."attempts" >= ${MAX_IMPORT_ATTEMPTS} THEN now() ELSE NULL END,
        "heartbeatAt" = now(),
        "startedAt" = COALESCE(job."startedAt", now())
      FROM next WHERE job."id" = next."id"
      RETURNING job."id", job."status"::text AS "status", job."filePath", job."options",
        job."attempts", job."startedById"`;
    const row = rows[0];
    if (!row) return null;
    if (row.status === "FAILED") continue;
    return {
      id: row.id,
      filePath: row.filePath,
      options: ImportJobOptionsSchema.catch({ dryRun: false }).parse(row.options),
      attempt: row.attempts,
      startedById: row.startedById,
    };
  }
}

/**
 * The progress of a claimed job, with its heartbeat. A job put back in the queue by a server that
 * took it for dead (and found the import lock held) is this runner's again: the beat takes it
 * back. Returns false when the job is no longer this attempt's.
 */
export async function recordImportProgress(
  db: PrismaClient,
  job: ClaimedImportJob,
  progress: { fraction: number; stage: string },
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "ImportJob" SET "status" = 'RUNNING', "progress" = ${progress.fraction},
      "stage" = ${progress.stage}, "heartbeatAt" = now()
    WHERE "id" = ${job.id} AND "attempts" = ${job.attempt} AND "status" IN ('RUNNING', 'QUEUED')`;
  return count > 0;
}

async function endAttempt(
  db: PrismaClient,
  job: ClaimedImportJob,
  data: Prisma.ImportJobUpdateManyMutationInput,
): Promise<boolean> {
  const { count } = await db.importJob.updateMany({
    where: { id: job.id, attempts: job.attempt, status: { in: ["RUNNING", "QUEUED"] } },
    data,
  });
  return count > 0;
}

export function completeImportJob(db: PrismaClient, job: ClaimedImportJob, report: ImportReport) {
  return endAttempt(db, job, {
    status: "DONE",
    progress: 1,
    stage: "",
    report,
    finishedAt: new Date(),
  });
}

export function failImportJob(db: PrismaClient, job: ClaimedImportJob, error: string) {
  return endAttempt(db, job, { status: "FAILED", error, finishedAt: new Date() });
}

/** Another import holds the lock: back in the queue, this attempt not counted. */
export function requeueImportJob(db: PrismaClient, job: ClaimedImportJob) {
  return endAttempt(db, job, {
    status: "QUEUED",
    attempts: job.attempt - 1,
    stage: staffMessages().imports.job.waitingStage,
    heartbeatAt: null,
    // Not started yet, if this was its first attempt.
    ...(job.attempt === 1 ? { startedAt: null } : {}),
  });
}
