import "server-only";
import { recordAudit } from "@/lib/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { staticExportSectionsEn } from "@/lib/i18n/messages/staff/static-export";
import type { ExportProgress, ExportReport } from "@/lib/static-export/exporter";

/**
 * Who may export: whoever may publish (admins and editors). The mirror holds only what is
 * public already; it is theirs to hand out.
 */
export const EXPORT_PERMISSION = "article:publish" as const;

/** A job is tried this many times; one whose server stopped that often has failed. */
export const MAX_EXPORT_ATTEMPTS = 3;
/** A RUNNING job whose heartbeat is older than this lost its server, and is taken up again. */
export const STALE_EXPORT_SECONDS = 30;

/** The job a runner holds: its writes count only while the job is still this attempt's. */
export type ClaimedExportJob = { id: string; attempt: number };

const t = () => staticExportSectionsEn.staticExport;

/** Queues an export of the public site, unless one is waiting or running (article:publish). */
export async function createStaticExportJob(
  actor: Actor | null,
  db: PrismaClient = getDb(),
): Promise<{ id: string }> {
  assertCan(actor, EXPORT_PERMISSION);
  try {
    return await db.$transaction(async (tx) => {
      // The database allows one active export (a partial unique index): a second press of the
      // button on any instance is refused here.
      const job = await tx.staticExportJob.create({
        data: { startedById: actor.id },
        select: { id: true },
      });
      await recordAudit(
        actor,
        {
          action: "export.start",
          targetType: "StaticExportJob",
          targetId: job.id,
          summary: "Started a static export of the public site",
        },
        tx,
      );
      return job;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", t().alreadyRunning);
    }
    throw error;
  }
}

type ClaimRow = { id: string; status: "RUNNING" | "FAILED"; attempts: number };

/**
 * Takes the export waiting, or a RUNNING one whose server stopped beating. One UPDATE under
 * FOR UPDATE SKIP LOCKED, so two servers never take the same job; one tried
 * MAX_EXPORT_ATTEMPTS times is marked FAILED instead. Times are the database's.
 */
export async function claimStaticExportJob(
  db: PrismaClient = getDb(),
): Promise<ClaimedExportJob | null> {
  const gaveUp = t().failed.tooManyAttempts(MAX_EXPORT_ATTEMPTS);
  for (;;) {
    const rows = await db.$queryRaw<ClaimRow[]>`
      WITH next AS (
        SELECT "id" FROM "StaticExportJob"
        WHERE "status" = 'QUEUED'
           OR ("status" = 'RUNNING' AND ("heartbeatAt" IS NULL
               OR "heartbeatAt" < now() - make_interval(secs => ${STALE_EXPORT_SECONDS})))
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "StaticExportJob" AS job SET
        "status" = (CASE WHEN job."attempts" >= ${MAX_EXPORT_ATTEMPTS} THEN 'FAILED' ELSE 'RUNNING' END)::"ImportJobStatus",
        "attempts" = CASE WHEN job."attempts" >= ${MAX_EXPORT_ATTEMPTS} THEN job."attempts" ELSE job."attempts" + 1 END,
        "error" = CASE WHEN job."attempts" >= ${MAX_EXPORT_ATTEMPTS} THEN ${gaveUp} ELSE NULL END,
        "finishedAt" = CASE WHEN job."attempts" >= ${MAX_EXPORT_ATTEMPTS} THEN now() ELSE NULL END,
        "heartbeatAt" = now(),
        "startedAt" = COALESCE(job."startedAt", now())
      FROM next WHERE job."id" = next."id"
      RETURNING job."id", job."status"::text AS "status", job."attempts"`;
    const row = rows[0];
    if (!row) return null;
    if (row.status === "FAILED") continue;
    return { id: row.id, attempt: row.attempts };
  }
}

/** The progress of a claimed job, with its heartbeat; false once the job is not this attempt's. */
export async function recordExportProgress(
  db: PrismaClient,
  job: ClaimedExportJob,
  progress: ExportProgress,
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "StaticExportJob" SET "progress" = ${progress.fraction}, "stage" = ${progress.stage},
      "heartbeatAt" = now()
    WHERE "id" = ${job.id} AND "attempts" = ${job.attempt} AND "status" = 'RUNNING'`;
  return count > 0;
}

async function endAttempt(
  db: PrismaClient,
  job: ClaimedExportJob,
  data: Prisma.StaticExportJobUpdateManyMutationInput,
): Promise<boolean> {
  const { count } = await db.staticExportJob.updateMany({
    where: { id: job.id, attempts: job.attempt, status: "RUNNING" },
    data,
  });
  return count > 0;
}

export function completeExportJob(db: PrismaClient, job: ClaimedExportJob, report: ExportReport) {
  return endAttempt(db, job, {
    status: "DONE",
    progress: 1,
    stage: "",
    report,
    finishedAt: new Date(),
  });
}

export function failExportJob(db: PrismaClient, job: ClaimedExportJob, error: string) {
  return endAttempt(db, job, { status: "FAILED", error, finishedAt: new Date() });
}
