import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportReportView } from "@/app/(admin)/admin/import/_components/import-report";
import { JobStatusBadge } from "@/app/(admin)/admin/import/_components/job-status";
import { RefreshWhileRunning } from "@/app/(admin)/admin/import/_components/refresh-while-running";
import { RetryImportForm } from "@/app/(admin)/admin/import/_components/retry-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import { getImportJobForAdmin } from "@/lib/import/wordpress/job-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().imports.title };

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("import:run");
  const { id } = await params;
  const [job, { timeZone }] = await Promise.all([
    getImportJobForAdmin(actor, id.slice(0, 64)),
    getSiteSettings(),
  ]);
  if (!job) notFound();
  const t = staffMessages();
  const m = t.imports;
  const j = m.job;
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  });
  const percent = job.status === "DONE" ? 100 : Math.floor(job.progress * 100);
  const isActive = job.status === "QUEUED" || job.status === "RUNNING";
  const stage =
    job.status === "DONE"
      ? j.doneStage
      : job.stage || (job.status === "QUEUED" ? j.queuedStage : "");
  return (
    <>
      <PageHeader
        title={j.title(job.fileName)}
        description={j.summary(formatImportSize(job.fileSize), job.startedByName, job.isDryRun)}
        actions={
          <Link href="/admin/import" className="text-accent underline">
            {j.back}
          </Link>
        }
      />
      {isActive ? (
        <>
          <RefreshWhileRunning />
          {/* Without JavaScript the browser reloads the page itself while the import runs. */}
          <noscript>
            <meta httpEquiv="refresh" content="3" />
          </noscript>
        </>
      ) : null}
      <div className="max-w-3xl space-y-6">
        <section
          aria-labelledby="import-progress-label"
          className="border-line space-y-2 rounded border bg-white p-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <label id="import-progress-label" htmlFor="import-progress" className="font-semibold">
              {j.progress}
            </label>
            <JobStatusBadge status={job.status} />
          </div>
          <progress
            id="import-progress"
            max={1}
            value={job.status === "DONE" ? 1 : job.progress}
            className="block h-4 w-full"
          >
            {j.percent(percent)}
          </progress>
          <p className="flex flex-wrap justify-between gap-2 text-sm">
            <span id="import-stage" role="status" aria-live="polite">
              {stage}
            </span>
            <span className="tabular-nums">{j.percent(percent)}</span>
          </p>
          {isActive ? <p className="text-muted text-sm">{j.reloadNote}</p> : null}
          <dl className="text-muted grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
            {job.startedAt ? (
              <>
                <dt>{j.started}</dt>
                <dd>{format.format(job.startedAt)}</dd>
              </>
            ) : null}
            {job.finishedAt ? (
              <>
                <dt>{j.finished}</dt>
                <dd>{format.format(job.finishedAt)}</dd>
              </>
            ) : null}
          </dl>
        </section>
        {job.status === "FAILED" ? (
          <section
            aria-labelledby="import-failed-heading"
            className="border-accent space-y-3 rounded border bg-white p-4"
          >
            <h2 id="import-failed-heading" className="text-xl font-bold">
              {j.failedHeading}
            </h2>
            <p role="alert" className="border-accent text-accent-dark border-l-4 bg-red-50 p-3">
              {job.error}
            </p>
            <p className="text-muted text-sm">{j.attempts(job.attempts)}</p>
            {job.canRetry ? <RetryImportForm id={job.id} /> : <p>{j.fileGone}</p>}
          </section>
        ) : null}
        {job.report ? <ImportReportView report={job.report} /> : null}
      </div>
    </>
  );
}
