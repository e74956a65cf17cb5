import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import type { PetitionStatus } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { isMailEnabled } from "@/lib/mail";
import { listPetitionsForAdmin } from "@/lib/petitions/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().petitions.title };

const TONES: Record<PetitionStatus, "neutral" | "good" | "warn" | "bad"> = {
  DRAFT: "warn",
  OPEN: "good",
  CLOSED: "neutral",
  DELIVERED: "neutral",
};

/** Every petition, drafts too, with its count against the goal and what is still stored. */
export default async function PetitionsAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const actor = await requireAdminPage("petition:manage");
  const t = staffMessages().petitions;
  const [petitions, { deleted }, { timeZone }] = await Promise.all([
    listPetitionsForAdmin(actor),
    searchParams,
    getSiteSettings(),
  ]);
  const { intl } = staffMessages().common;
  const date = new Intl.DateTimeFormat(intl, { dateStyle: "medium", timeZone });
  const dateTime = new Intl.DateTimeFormat(intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const number = new Intl.NumberFormat(intl);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            {can(actor, "setting:manage") && (
              <Link href="/admin/petitions/settings" className="underline">
                {t.settingsLink}
              </Link>
            )}
            <Link href="/admin/petitions/new" className={buttonClass("primary")}>
              {t.add}
            </Link>
          </div>
        }
      />
      {deleted ? <Flash>{t.deleted}</Flash> : null}
      {!isMailEnabled() && (
        <p
          role="alert"
          className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950"
        >
          {t.mailOff}
        </p>
      )}
      {petitions.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.caption}>
          <thead>
            <tr>
              <Th>{t.columns.title}</Th>
              <Th>{t.columns.status}</Th>
              <Th className="text-right">{t.columns.signers}</Th>
              <Th className="text-right">{t.columns.pending}</Th>
              <Th>{t.columns.ends}</Th>
              <Th>{t.columns.data}</Th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((petition) => (
              <tr key={petition.id}>
                <Td>
                  <Link
                    href={`/admin/petitions/${petition.id}`}
                    className="text-accent font-semibold underline underline-offset-4"
                  >
                    {petition.title}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={TONES[petition.status]}>{t.statuses[petition.status]}</Badge>
                </Td>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {t.signersOfGoal(
                    number.format(petition.signatureCount),
                    number.format(petition.goal),
                  )}
                </Td>
                <Td className="text-right tabular-nums">{number.format(petition.pending)}</Td>
                <Td className="whitespace-nowrap">
                  {petition.endsAt ? (
                    <time dateTime={petition.endsAt.toISOString()}>
                      {dateTime.format(petition.endsAt)}
                    </time>
                  ) : (
                    t.noEnd
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {petition.dataDeletedAt ? (
                    <Badge tone="bad">{t.dataDeletedOn(date.format(petition.dataDeletedAt))}</Badge>
                  ) : (
                    t.dataKept
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
