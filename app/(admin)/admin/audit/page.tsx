import type { Metadata } from "next";
import { buttonClass } from "@/components/admin/button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { listAuditEntries } from "@/lib/audit";
import { getSiteSettings } from "@/lib/settings/queries";
import { staffMessages } from "@/lib/i18n/messages/staff";

export const metadata: Metadata = { title: staffMessages().audit.title };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage("audit:view");
  const t = staffMessages();
  const params = await searchParams;
  const action = typeof params.action === "string" && params.action ? params.action : undefined;
  const page = Math.max(1, Math.min(10_000, Number(params.page) || 1));
  const [{ rows, pageCount, actions }, { timeZone }] = await Promise.all([
    listAuditEntries(actor, { action, page }),
    getSiteSettings(),
  ]);
  const timeFormat = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  });
  const hrefFor = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader title={t.audit.title} description={t.audit.description} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">
            {t.audit.action}
          </label>
          <select
            id="action"
            name="action"
            defaultValue={action ?? ""}
            className="border-line mt-1 rounded border bg-white px-3 py-2"
          >
            <option value="">{t.audit.allActions}</option>
            {actions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t.common.filter}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState>{t.audit.empty(action)}</EmptyState>
      ) : (
        <Table caption={t.audit.caption}>
          <thead>
            <tr>
              <Th>{t.audit.when(timeZone)}</Th>
              <Th>{t.audit.who}</Th>
              <Th>{t.audit.action}</Th>
              <Th>{t.audit.what}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>
                    {timeFormat.format(row.createdAt)}
                  </time>
                </Td>
                <Td className="break-all">{row.actorEmail ?? "—"}</Td>
                <Td>
                  <code>{row.action}</code>
                </Td>
                <Td>{row.summary}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
