import type { Metadata } from "next";
import Link from "next/link";
import { PetitionSettingsForm } from "@/app/(admin)/admin/petitions/_components/settings-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getPetitionSettingsForEdit } from "@/lib/petitions/staff-queries";

export const metadata: Metadata = { title: staffMessages().petitions.settings.title };

/** The petitions' settings: how long signers' personal data outlives a petition. */
export default async function PetitionSettingsPage() {
  const actor = await requireAdminPage("setting:manage");
  const t = staffMessages().petitions;
  const settings = await getPetitionSettingsForEdit(actor);
  return (
    <>
      <PageHeader
        title={t.settings.title}
        description={t.settings.description}
        actions={
          <Link href="/admin/petitions" className="text-sm underline">
            {t.allPetitions}
          </Link>
        }
      />
      <PetitionSettingsForm retentionDays={settings.retentionDays} />
    </>
  );
}
