import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploadForm } from "@/app/(admin)/admin/import/_components/import-upload-form";
import { JobStatusBadge } from "@/app/(admin)/admin/import/_components/job-status";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { takeFlash } from "@/lib/http/flash";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { formatImportSize } from "@/lib/i18n/messages/staff/import";
import { listImportJobsForAdmin } from "@/lib/import/wordpress/job-queries";
import { IMPORT_MAX_BYTES } from "@/lib/import/wordpress/job-schemas";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().imports.title };

export default async function ImportPage() {
  const actor = await requireAdminPage("import:run");
  const t = staffMessages();
  const m = t.imports;
  const [jobs, flash, { timeZone }] = await Promise.all([
    listImportJobsForAdmin(actor),
    takeFlash(),
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-4">
          <div className="max-w-prose space-y-2">
            {m.explanation.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <section aria-labelledby="import-jobs-heading" className="space-y-2">
            <h2 id="import-jobs-heading" className="text-lg font-semibold">
              {m.list.heading}
            </h2>
            {jobs.length === 0 ? (
              <EmptyState>{m.list.none}</EmptyState>
            ) : (
              <Table caption={m.list.caption}>
                <thead>
                  <tr>
                    <Th>{m.list.file}</Th>
                    <Th>{m.list.status}</Th>
                    <Th>{m.list.started}</Th>
                    <Th>{m.list.by}</Th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.map((job) => (
                    <tr key={job.id}>
                      <Td className="break-all">
                        <Link href={`/admin/import/${job.id}`} className="text-accent underline">
                          {job.fileName}
                        </Link>
                        {job.isDryRun ? (
                          <span className="text-muted"> ({m.list.dryRun})</span>
                        ) : null}
                      </Td>
                      <Td>
                        <JobStatusBadge status={job.status} />
                      </Td>
                      <Td className="whitespace-nowrap">
                        <time dateTime={job.createdAt.toISOString()}>
                          {format.format(job.createdAt)}
                        </time>
                      </Td>
                      <Td>{job.startedByName ?? m.list.unknownPerson}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </section>
        </div>
        <div className="space-y-4">
          {flash?.tone === "error" ? (
            <p
              role="alert"
              className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3"
            >
              {flash.text}
            </p>
          ) : null}
          <ImportUploadForm maxLabel={formatImportSize(IMPORT_MAX_BYTES)} />
        </div>
      </div>
    </>
  );
}
