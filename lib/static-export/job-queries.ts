import "server-only";
import { stat } from "node:fs/promises";
import { z } from "zod";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { ImportJobStatus } from "@/lib/generated/prisma/enums";
import type { ExportReport } from "@/lib/static-export/exporter";
import { staticExportPaths } from "@/lib/static-export/job-runner";
import { EXPORT_PERMISSION } from "@/lib/static-export/jobs";

/** A job's stored report, read back (a report from an older version lacks nothing it shows). */
const ReportSchema = z.object({
  files: z.number(),
  bytes: z.number(),
  written: z.number(),
  unchanged: z.number(),
  removed: z.number(),
  missing: z.number().default(0),
  missingSample: z.array(z.string()).default([]),
  zipBytes: z.number().nullable().default(null),
  durationMs: z.number().default(0),
  siteOrigin: z.string().default(""),
});

export type StaticExportRow = {
  id: string;
  status: ImportJobStatus;
  progress: number;
  stage: string;
  error: string | null;
  attempts: number;
  report: ExportReport | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  startedByName: string | null;
};

const SELECT = {
  id: true,
  status: true,
  progress: true,
  stage: true,
  error: true,
  attempts: true,
  report: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  startedById: true,
} as const;

/** The zip this instance holds, with its size, or null when there is none. */
export async function findExportZip(): Promise<{ file: string; size: number } | null> {
  const { zipFile } = staticExportPaths();
  const info = await stat(zipFile).catch(() => null);
  return info?.isFile() ? { file: zipFile, size: info.size } : null;
}

/**
 * The latest export (running, failed or done) and the last one that finished, with whether its
 * zip is on this instance (article:publish).
 */
export async function getStaticExportOverview(actor: Actor | null) {
  assertCan(actor, EXPORT_PERMISSION);
  const db = getDb();
  const [latest, lastDone, zip] = await Promise.all([
    db.staticExportJob.findFirst({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: SELECT,
    }),
    db.staticExportJob.findFirst({
      where: { status: "DONE" },
      orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
      select: SELECT,
    }),
    findExportZip(),
  ]);
  const ids = [latest?.startedById, lastDone?.startedById].filter((id): id is string => !!id);
  const people = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true },
  });
  const row = (job: typeof latest): StaticExportRow | null => {
    if (!job) return null;
    const person = people.find((user) => user.id === job.startedById);
    const report = ReportSchema.safeParse(job.report);
    return {
      ...job,
      report: report.success ? report.data : null,
      startedByName: person ? person.name || person.email : null,
    };
  };
  return { latest: row(latest), lastDone: row(lastDone), zip };
}
