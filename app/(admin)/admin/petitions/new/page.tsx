import type { Metadata } from "next";
import Link from "next/link";
import { PetitionForm } from "@/app/(admin)/admin/petitions/_components/petition-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { loadPetitionFormOptions } from "@/lib/petitions/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().petitions.newTitle };

export default async function NewPetitionPage() {
  const actor = await requireAdminPage("petition:manage");
  const t = staffMessages().petitions;
  const [options, settings] = await Promise.all([
    loadPetitionFormOptions(actor),
    getSiteSettings(),
  ]);
  return (
    <>
      <PageHeader
        title={t.newTitle}
        actions={
          <Link href="/admin/petitions" className="text-sm underline">
            {t.allPetitions}
          </Link>
        }
      />
      <div className="max-w-3xl">
        <PetitionForm
          defaults={{
            id: "",
            slug: "",
            texts: {},
            goal: "1000",
            endsAt: "",
            hashtag: "",
            signerDisplay: "FULL_NAME",
            status: "DRAFT",
            personIds: [],
            termIds: [],
          }}
          options={{
            ...options,
            languages: settings.languages,
            defaultLanguage: settings.defaultLanguage,
            timeZone: settings.timeZone,
          }}
        />
      </div>
    </>
  );
}
