import { type ReactNode } from "react";
import { DeliverForm } from "./deliver-form";
import { buttonClass } from "@/components/admin/button";
import { CheckboxField } from "@/components/admin/field";
import { staffMessages } from "@/lib/i18n/messages/staff";
import type { Lang } from "@/lib/i18n/languages";
import { petitionLanguages } from "@/lib/petitions/record";
import type { getPetitionForEdit } from "@/lib/petitions/staff-queries";

type Petition = Awaited<ReturnType<typeof getPetitionForEdit>>;

function Panel({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-line space-y-3 rounded border bg-white p-4">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The count against the goal, the signatures still waiting, and what happens to the data. */
export function SignaturesPanel({
  petition,
  retentionDays,
  formatDate,
  formatNumber,
}: {
  petition: Petition;
  retentionDays: number;
  formatDate: (date: Date) => string;
  formatNumber: (value: number) => string;
}) {
  const t = staffMessages().petitions;
  const percent = Math.min(100, Math.round((petition.signatureCount / petition.goal) * 100));
  return (
    <Panel id="signatures" heading={t.signatures}>
      <p className="font-semibold">
        {t.confirmed(formatNumber(petition.signatureCount), formatNumber(petition.goal))}
      </p>
      <div className="bg-paper border-line h-2 overflow-hidden rounded border" aria-hidden="true">
        <div className="bg-accent h-full" style={{ width: `${percent}%` }} />
      </div>
      {petition.pending > 0 && <p className="text-sm">{t.pending(petition.pending)}</p>}
      <p className="text-muted text-sm">
        {petition.dataDeletedAt
          ? t.dataDeleted(formatDate(petition.dataDeletedAt))
          : t.retention(retentionDays)}
      </p>
    </Panel>
  );
}

/** The delivery form, or why a draft cannot be delivered. */
export function DeliverySection({
  petition,
  today,
  languages,
  retentionDays,
  formatDay,
}: {
  petition: Petition;
  today: string;
  languages: Lang[];
  retentionDays: number;
  formatDay: (isoDate: string) => string;
}) {
  const t = staffMessages().petitions.deliver;
  const withText = petitionLanguages(petition.texts).filter((lang) => languages.includes(lang));
  return (
    <Panel id="delivery" heading={t.heading}>
      {petition.status === "DELIVERED" && petition.deliveredOn ? (
        <p className="font-semibold">{t.isDelivered(formatDay(petition.deliveredOn))}</p>
      ) : null}
      <p className="text-muted text-sm">{t.description}</p>
      {petition.status === "DRAFT" ? (
        <p className="text-sm">{t.draft}</p>
      ) : (
        <DeliverForm
          key={petition.updatedAt.toISOString()}
          id={petition.id}
          isDelivered={petition.status === "DELIVERED"}
          deliveredOn={petition.deliveredOn}
          today={today}
          retentionDays={retentionDays}
          notes={withText.map((lang) => ({
            lang,
            note: petition.texts[lang]?.deliveryNote ?? "",
          }))}
        />
      )}
    </Panel>
  );
}

/**
 * The signer export (admins only; the route checks again): a plain POST form, so the download
 * works without JavaScript and no link can start one.
 */
export function ExportSection({ petition }: { petition: Petition }) {
  const t = staffMessages().petitions.export;
  return (
    <Panel id="export" heading={t.heading}>
      <p className="text-muted text-sm">{t.description}</p>
      {petition.storedSignatures === 0 ? (
        <p className="text-sm">{t.nothing}</p>
      ) : (
        <form method="post" action={`/admin/petitions/${petition.id}/export`} className="space-y-3">
          <CheckboxField label={t.includeEmails} name="includeEmails" hint={t.includeEmailsHint} />
          <button type="submit" className={buttonClass("secondary")}>
            {t.submit}
          </button>
        </form>
      )}
    </Panel>
  );
}
