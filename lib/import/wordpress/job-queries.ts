import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { ImportJobStatus } from "@/lib/generated/prisma/enums";
import { ImportJobOptionsSchema } from "@/lib/import/wordpress/job-schemas";
import { isFilePresent } from "@/lib/import/wordpress/jobs";
import type { ImportReport } from "@/lib/import/wordpress/types";

const LIST_SIZE = 50;

export type ImportJobRow = {
  id: string;
  fileName: string;
  status: ImportJobStatus;
  isDryRun: boolean;
  createdAt: Date;
  startedByName: string | null;
};

/** The most recent imports, newest first (import:run). */
export async function listImportJobsForAdmin(actor: Actor | null): Promise<ImportJobRow[]> {
  assertCan(actor, "import:run");
  const jobs = await getDb().importJob.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_SIZE,
    select: {
      id: true,
      fileName: true,
      status: true,
      options: true,
      createdAt: true,
      startedBy: { select: { name: true } },
    },
  });
  return jobs.map((job) => ({
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    isDryRun: ImportJobOptionsSchema.catch({ dryRun: false }).parse(job.options).dryRun,
    createdAt: job.createdAt,
    startedByName: job.startedBy?.name ?? null,
  }));
}

export type ImportJobDetail = ImportJobRow & {
  fileSize: number;
  progress: number;
  stage: string;
  report: ImportReport | null;
  error: string | null;
  attempts: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** A failed job can be tried again while its uploaded file is kept. */
  canRetry: boolean;
};

/** One import with its progress or report, or null (import:run). */
export async function getImportJobForAdmin(
  actor: Actor | null,
  id: string,
): Promise<ImportJobDetail | null> {
  assertCan(actor, "import:run");
  const job = await getDb().importJob.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      filePath: true,
      fileSize: true,
      status: true,
      options: true,
      progress: true,
      stage: true,
      report: true,
      error: true,
      attempts: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      startedBy: { select: { name: true } },
    },
  });
  if (!job) return null;
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    isDryRun: ImportJobOptionsSchema.catch({ dryRun: false }).parse(job.options).dryRun,
    createdAt: job.createdAt,
    startedByName: job.startedBy?.name ?? null,
    fileSize: Number(job.fileSize),
    progress: job.progress,
    stage: job.stage,
    // Written only by the runner, from the importer's ImportReport.
    report: (job.report as ImportReport | null) ?? null,
    error: job.error,
    attempts: job.attempts,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    canRetry: job.status === "FAILED" && (await isFilePresent(job.filePath)),
  };
}
