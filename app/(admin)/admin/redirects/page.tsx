import type { Metadata } from "next";
import Link from "next/link";
import { CreateRedirectForm } from "@/app/(admin)/admin/redirects/_components/redirect-forms";
import { RedirectList } from "@/app/(admin)/admin/redirects/_components/redirect-list";
import { toListRow } from "@/app/(admin)/admin/redirects/_components/redirect-row";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listRedirectsForAdmin } from "@/lib/redirects/queries";
import { RedirectListFiltersSchema } from "@/lib/redirects/schemas";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().redirects.title };

const inputClass = "border-line mt-1 block w-full rounded border bg-white px-3 py-2";

export default async function RedirectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdminPage("redirect:manage");
  const t = staffMessages();
  const r = t.redirects;
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  const filters = RedirectListFiltersSchema.parse({ q: first(raw.q), page: first(raw.page) });
  const [list, { timeZone }] = await Promise.all([
    listRedirectsForAdmin(actor, filters),
    getSiteSettings(),
  ]);
  const hrefFor = (page: number) =>
    `/admin/redirects?${new URLSearchParams({
      ...(filters.q ? { q: filters.q } : {}),
      page: String(page),
    })}`;
  return (
    <>
      <PageHeader title={r.title} description={r.description} />
      {first(raw.deleted) ? (
        <div className="mb-4">
          <Flash>{r.deleted}</Flash>
        </div>
      ) : null}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label={r.caption}>
          <form
            method="get"
            role="search"
            aria-label={r.searchLabel}
            className="border-line mb-4 flex flex-wrap items-end gap-2 rounded border bg-white p-4"
          >
            <label className="min-w-60 flex-1 text-sm font-semibold">
              {r.searchField}
              <input type="search" name="q" defaultValue={filters.q ?? ""} className={inputClass} />
            </label>
            <button type="submit" className={buttonClass("secondary")}>
              {r.search}
            </button>
            {filters.q ? (
              <Link href="/admin/redirects" className="text-accent text-sm underline">
                {t.common.clear}
              </Link>
            ) : null}
          </form>
          <p className="text-muted mb-2 text-sm" aria-live="polite">
            {r.count(list.total)}
          </p>
          <RedirectList
            rows={list.rows.map(toListRow)}
            timeZone={timeZone}
            isSearch={!!filters.q}
          />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
        </section>
        <div>
          <CreateRedirectForm />
        </div>
      </div>
    </>
  );
}
