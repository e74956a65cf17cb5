import type { Metadata } from "next";
import { StartExportForm } from "@/app/(admin)/admin/export/_components/start-export-form";
import { JobStatusBadge } from "@/app/(admin)/admin/import/_components/job-status";
import { RefreshWhileRunning } from "@/app/(admin)/admin/import/_components/refresh-while-running";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import { getSiteSettings } from "@/lib/settings/queries";
import { isLoopbackOrigin } from "@/lib/static-export/addresses";
import { type StaticExportRow, getStaticExportOverview } from "@/lib/static-export/job-queries";
import { EXPORT_PERMISSION } from "@/lib/static-export/jobs";

export const metadata: Metadata = { title: staffMessages().staticExport.title };

function Progress({ job }: { job: StaticExportRow }) {
  const m = staffMessages().staticExport;
  const percent = Math.floor(job.progress * 100);
  const stage = job.stage || (job.status === "QUEUED" ? m.queuedStage : "");
  return (
    <section
      aria-labelledby="export-progress-label"
      className="border-line space-y-2 rounded border bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label id="export-progress-label" htmlFor="export-progress" className="font-semibold">
          {m.progress}
        </label>
        <JobStatusBadge status={job.status} />
      </div>
      <progress id="export-progress" max={1} value={job.progress} className="block h-4 w-full">
        {m.percent(percent)}
      </progress>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <span id="export-stage" role="status" aria-live="polite">
          {stage}
        </span>
        <span className="tabular-nums">{m.percent(percent)}</span>
      </p>
      <p className="text-muted text-sm">{m.reloadNote}</p>
    </section>
  );
}

function LastExport({
  job,
  zipSize,
  format,
}: {
  job: StaticExportRow | null;
  zipSize: number | null;
  format: Intl.DateTimeFormat;
}) {
  const m = staffMessages().staticExport;
  const l = m.last;
  const count = (value: number) => value.toLocaleString("en");
  return (
    <section
      aria-labelledby="export-last-heading"
      className="border-line space-y-3 rounded border bg-white p-4"
    >
      <h2 id="export-last-heading" className="text-lg font-semibold">
        {l.heading}
      </h2>
      {!job?.report || !job.finishedAt ? (
        <p>{l.none}</p>
      ) : (
        <>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{l.finished}</dt>
            <dd>
              <time dateTime={job.finishedAt.toISOString()}>{format.format(job.finishedAt)}</time>
            </dd>
            {job.startedByName ? (
              <>
                <dt className="font-semibold">{l.by}</dt>
                <dd>{job.startedByName}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{l.files}</dt>
            <dd data-count="files">{count(job.report.files)}</dd>
            <dt className="font-semibold">{l.written}</dt>
            <dd data-count="written">{count(job.report.written)}</dd>
            <dt className="font-semibold">{l.unchanged}</dt>
            <dd data-count="unchanged">{count(job.report.unchanged)}</dd>
            <dt className="font-semibold">{l.removed}</dt>
            <dd data-count="removed">{count(job.report.removed)}</dd>
            {job.report.missing > 0 ? (
              <>
                <dt className="font-semibold">{l.missing}</dt>
                <dd className="break-all">
                  {count(job.report.missing)}: {job.report.missingSample.join(", ")}
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">{l.size}</dt>
            <dd>{formatImportSize(job.report.bytes)}</dd>
          </dl>
          {isLoopbackOrigin(job.report.siteOrigin) ? (
            <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
              {l.localSite(job.report.siteOrigin)}
            </p>
          ) : null}
          {zipSize !== null ? (
            // A plain link: the browser downloads the zip, and the route checks the session.
            <a href="/admin/export/mirror.zip" className="text-accent font-semibold underline">
              {l.download(formatImportSize(zipSize))}
            </a>
          ) : (
            <p>{l.zipGone}</p>
          )}
        </>
      )}
    </section>
  );
}

export default async function StaticExportPage() {
  const actor = await requireAdminPage(EXPORT_PERMISSION);
  const t = staffMessages();
  const m = t.staticExport;
  const [{ latest, lastDone, zip }, { timeZone }] = await Promise.all([
    getStaticExportOverview(actor),
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const isActive = latest?.status === "QUEUED" || latest?.status === "RUNNING";
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      {isActive ? (
        <>
          <RefreshWhileRunning />
          {/* Without JavaScript the browser reloads the page itself while the export runs. */}
          <noscript>
            <meta httpEquiv="refresh" content="3" />
          </noscript>
        </>
      ) : null}
      <div className="max-w-3xl space-y-6">
        <div className="max-w-prose space-y-2">
          {m.explanation.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {latest && isActive ? <Progress job={latest} /> : null}
        {latest?.status === "FAILED" ? (
          <section
            aria-labelledby="export-failed-heading"
            className="border-accent space-y-3 rounded border bg-white p-4"
          >
            <h2 id="export-failed-heading" className="text-xl font-bold">
              {m.failed.heading}
            </h2>
            <p role="alert" className="border-accent text-accent-dark border-l-4 bg-red-50 p-3">
              {latest.error}
            </p>
            <p className="text-muted text-sm">{m.failed.attempts(latest.attempts)}</p>
          </section>
        ) : null}
        <StartExportForm isRunning={isActive} />
        <LastExport job={lastDone} zipSize={zip?.size ?? null} format={format} />
      </div>
    </>
  );
}
