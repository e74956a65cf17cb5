import type { Metadata } from "next";
import Link from "next/link";
import { DeleteStatusForm, StatusForm } from "@/app/(admin)/admin/people/_components/status-forms";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listStatusesForAdmin } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().people.statuses.title };

/** The statuses people can have: each editable, deletable while nobody has it, and a new one. */
export default async function PersonStatusesPage() {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people;
  const [statuses, settings] = await Promise.all([listStatusesForAdmin(actor), getSiteSettings()]);
  return (
    <>
      <PageHeader
        title={t.statuses.title}
        description={t.statuses.description}
        actions={
          <Link href="/admin/people" className="text-sm underline">
            {t.allPeople}
          </Link>
        }
      />
      <div className="space-y-6">
        {statuses.length === 0 ? <EmptyState>{t.statuses.empty}</EmptyState> : null}
        {statuses.map((status) => (
          <section
            key={status.id}
            aria-label={status.names.en ?? status.key}
            className="border-line space-y-3 rounded border bg-white p-4"
          >
            <p className="text-muted text-sm">{t.statuses.people(status.peopleCount)}</p>
            <StatusForm status={status} languages={settings.languages} />
            {/* Offered while people have it too: the refusal says why it cannot go yet. */}
            <DeleteStatusForm id={status.id} name={status.names.en ?? status.key} />
          </section>
        ))}
        <section
          aria-labelledby="add-status"
          className="border-line space-y-3 rounded border bg-white p-4"
        >
          <h2 id="add-status" className="text-xl font-bold">
            {t.statuses.add}
          </h2>
          <StatusForm languages={settings.languages} />
        </section>
      </div>
    </>
  );
}
