import type { Metadata } from "next";
import Link from "next/link";
import { PersonForm } from "@/app/(admin)/admin/people/_components/person-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { loadPersonFormOptions } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().people.newTitle };

export default async function NewPersonPage() {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people;
  const [options, settings] = await Promise.all([loadPersonFormOptions(actor), getSiteSettings()]);
  return (
    <>
      <PageHeader title={t.newTitle} />
      {options.statuses.length === 0 ? (
        <p>
          {t.noStatuses}{" "}
          <Link href="/admin/people/statuses" className="text-accent font-semibold underline">
            {t.statusesLink}
          </Link>
        </p>
      ) : (
        <PersonForm
          defaults={{
            id: "",
            slug: "",
            names: {},
            spellings: "",
            bios: {},
            photoId: "",
            photoCredit: "",
            birthYear: "",
            birthMonth: "",
            birthDay: "",
            showBirthday: false,
            statusId: options.statuses[0]!.id,
            charges: "",
            regionIds: [],
            articleIds: [],
            published: false,
          }}
          options={{ ...options, languages: settings.languages }}
        />
      )}
    </>
  );
}
