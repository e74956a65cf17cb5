import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSection } from "@/components/admin/confirm-delete-form";
import {
  DeliverySection,
  ExportSection,
  SignaturesPanel,
} from "@/app/(admin)/admin/petitions/_components/petition-panels";
import { PetitionForm } from "@/app/(admin)/admin/petitions/_components/petition-form";
import { Badge } from "@/components/admin/badge";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { type Actor, can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { takeFlash } from "@/lib/http/flash";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deletePetitionAction } from "@/lib/petitions/staff-actions";
import { todayIn } from "@/lib/people/days";
import { getPetitionRetentionDays } from "@/lib/petitions/queries";
import { getPetitionForEdit, loadPetitionFormOptions } from "@/lib/petitions/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { petitionPath } from "@/lib/urls";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: staffMessages().petitions.editTitleShort };

async function load(actor: Actor, id: string | null) {
  if (!id) notFound();
  try {
    return await getPetitionForEdit(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const SAVED = ["create", "update", "deliver"] as const;

/** The petition's form, then its count, delivery, export (admins) and deletion. */
export default async function EditPetitionPage({ params, searchParams }: Props) {
  const actor = await requireAdminPage("petition:manage");
  const t = staffMessages().petitions;
  const petition = await load(actor, parseIdParam((await params).id));
  const [options, settings, retentionDays, { saved }, flash] = await Promise.all([
    loadPetitionFormOptions(actor),
    getSiteSettings(),
    getPetitionRetentionDays(),
    searchParams,
    takeFlash(),
  ]);
  const { intl } = staffMessages().common;
  const { timeZone } = settings;
  const date = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone });
  const day = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" });
  const number = new Intl.NumberFormat(intl);
  const notice = SAVED.find((kind) => kind === saved);
  return (
    <>
      <PageHeader
        title={t.editTitle(petition.title)}
        actions={
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href="/admin/petitions" className="underline">
              {t.allPetitions}
            </Link>
            {petition.status === "DRAFT" ? (
              <Badge tone="warn">{t.notPublic}</Badge>
            ) : (
              <a href={petitionPath(petition.slug)} className="underline">
                {t.viewOnSite}
              </a>
            )}
          </div>
        }
      />
      <div className="mb-4 space-y-2">
        {notice ? <Flash>{t.saved[notice]}</Flash> : null}
        {flash?.tone === "error" ? (
          <p
            role="alert"
            className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3"
          >
            {flash.text}
          </p>
        ) : null}
      </div>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <PetitionForm
          key={petition.updatedAt.toISOString()}
          defaults={{
            id: petition.id,
            slug: petition.slug,
            texts: petition.texts,
            goal: String(petition.goal),
            endsAt: petition.endsAt,
            hashtag: petition.hashtag,
            signerDisplay: petition.signerDisplay,
            status: petition.status,
            personIds: petition.personIds,
            termIds: petition.termIds,
          }}
          options={{
            ...options,
            languages: settings.languages,
            defaultLanguage: settings.defaultLanguage,
            timeZone,
          }}
        />
        <div className="space-y-8">
          <SignaturesPanel
            petition={petition}
            retentionDays={retentionDays}
            formatDate={(value) => date.format(value)}
            formatNumber={(value) => number.format(value)}
          />
          <DeliverySection
            petition={petition}
            today={todayIn(timeZone)}
            languages={settings.languages}
            retentionDays={retentionDays}
            formatDay={(iso) => day.format(new Date(`${iso}T00:00:00Z`))}
          />
          {can(actor, "petition:export") && <ExportSection petition={petition} />}
          <DeleteSection
            id="delete-petition"
            heading={t.delete.heading}
            note={t.delete.note}
            action={deletePetitionAction}
            fields={{ id: petition.id }}
            question={t.delete.confirm(petition.title)}
            label={t.delete.submit}
          />
        </div>
      </div>
    </>
  );
}
