import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listPeopleForAdmin } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().people.title };

/** Everyone, published or not, with their status and days behind bars today. */
export default async function PeopleAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people;
  const [people, { deleted }, { timeZone }] = await Promise.all([
    listPeopleForAdmin(actor),
    searchParams,
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat(staffMessages().common.intl, {
    dateStyle: "medium",
    timeZone,
  });
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href="/admin/people/statuses" className="underline">
              {t.statusesLink}
            </Link>
            <Link href="/admin/people/letters" className="underline">
              {t.lettersLink}
            </Link>
            <Link href="/admin/people/new" className={buttonClass("primary")}>
              {t.add}
            </Link>
          </div>
        }
      />
      {deleted ? <Flash>{t.deleted}</Flash> : null}
      {people.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.caption}>
          <thead>
            <tr>
              <Th>{t.columns.name}</Th>
              <Th>{t.columns.status}</Th>
              <Th>{t.columns.published}</Th>
              <Th>{t.columns.days}</Th>
              <Th>{t.columns.updated}</Th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <Td>
                  <Link
                    href={`/admin/people/${person.id}`}
                    className="text-accent font-semibold underline underline-offset-4"
                  >
                    {person.name}
                  </Link>
                </Td>
                <Td>{person.status}</Td>
                <Td>{person.published ? t.isPublished : t.isDraft}</Td>
                <Td>
                  {person.count && person.count.periods.length > 0
                    ? t.days(person.count.days, person.count.held)
                    : t.noCount}
                </Td>
                <Td>
                  <time dateTime={person.updatedAt.toISOString()}>
                    {format.format(person.updatedAt)}
                  </time>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
