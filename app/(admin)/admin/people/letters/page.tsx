import type { Metadata } from "next";
import Link from "next/link";
import { LetterGuidanceForm } from "@/app/(admin)/admin/people/_components/status-forms";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getLetterGuidanceForEdit } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().people.letters.title };

/** The advice on letters that the pages of people held today show, per language. */
export default async function LetterGuidancePage() {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people;
  const [guidance, settings] = await Promise.all([
    getLetterGuidanceForEdit(actor),
    getSiteSettings(),
  ]);
  return (
    <>
      <PageHeader
        title={t.letters.title}
        description={t.letters.description}
        actions={
          <Link href="/admin/people" className="text-sm underline">
            {t.allPeople}
          </Link>
        }
      />
      <LetterGuidanceForm guidance={guidance} languages={settings.languages} />
    </>
  );
}
