import type { Metadata } from "next";
import { MainActionForm } from "@/app/(admin)/admin/actions/_components/main-action-form";
import { PageHeader } from "@/components/admin/page-header";
import { getMainActionForEdit, listPetitionChoices } from "@/lib/actions/staff-queries";
import { requireAdminPage } from "@/lib/auth";
import { LANGUAGES } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listPeopleChoices } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().actions.title };

/** Settings → Actions: the campaign's main action, shown across the public site. */
export default async function ActionsPage() {
  const actor = await requireAdminPage("setting:manage");
  const [main, petitions, people, settings] = await Promise.all([
    getMainActionForEdit(actor),
    listPetitionChoices(actor),
    listPeopleChoices(actor),
    getSiteSettings(),
  ]);
  const t = staffMessages().actions;
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="max-w-3xl">
        <MainActionForm
          main={main}
          petitions={petitions}
          people={people}
          otherLanguages={settings.languages
            .filter((code) => code !== settings.defaultLanguage)
            .map((code) => ({ code, name: LANGUAGES[code].englishName }))}
        />
      </div>
    </>
  );
}
