import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  AddressesSection,
  TimelineSection,
} from "@/app/(admin)/admin/people/_components/person-sections";
import { DeleteSection } from "@/components/admin/confirm-delete-form";
import { PersonForm } from "@/app/(admin)/admin/people/_components/person-form";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deletePersonAction } from "@/lib/people/actions";
import { formatCharges } from "@/lib/people/schemas";
import { getPersonForEdit, loadPersonFormOptions } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { personPath } from "@/lib/urls";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export const metadata: Metadata = { title: staffMessages().people.editTitleShort };

async function load(actor: Awaited<ReturnType<typeof requireAdminPage>>, id: string | null) {
  if (!id) notFound();
  try {
    return await getPersonForEdit(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A person's record, then their timeline and addresses, each saved on its own. */
export default async function EditPersonPage({ params, searchParams }: Props) {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people;
  const person = await load(actor, parseIdParam((await params).id));
  const [options, settings, { saved }] = await Promise.all([
    loadPersonFormOptions(actor, { photoId: person.photoId, articleIds: person.articleIds }),
    getSiteSettings(),
    searchParams,
  ]);
  return (
    <>
      <PageHeader
        title={t.editTitle(person.name)}
        actions={
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href="/admin/people" className="underline">
              {t.allPeople}
            </Link>
            <Link href={`/admin/people/${person.id}/revisions`} className="underline">
              {t.history}
            </Link>
            {person.published && (
              <a href={personPath(person.slug)} className="underline">
                {t.viewOnSite}
              </a>
            )}
          </div>
        }
      />
      {saved === "create" || saved === "update" ? <Flash>{t.saved[saved]}</Flash> : null}
      <div className="grid gap-8 xl:grid-cols-2">
        <PersonForm
          key={person.updatedAt.toISOString()}
          defaults={{
            id: person.id,
            slug: person.slug,
            names: person.names,
            spellings: person.spellings.join("\n"),
            bios: person.bios,
            photoId: person.photoId ?? "",
            photoCredit: person.photoCredit,
            birthYear: person.birthYear?.toString() ?? "",
            birthMonth: person.birthMonth?.toString() ?? "",
            birthDay: person.birthDay?.toString() ?? "",
            showBirthday: person.showBirthday,
            statusId: person.statusId,
            charges: formatCharges(person.charges),
            regionIds: person.regionIds,
            articleIds: person.articleIds,
            published: person.published,
          }}
          options={{ ...options, languages: settings.languages }}
        />
        <div className="space-y-8">
          <TimelineSection person={person} languages={settings.languages} />
          <AddressesSection person={person} />
          <DeleteSection
            id="delete-person"
            heading={t.deletePerson.heading}
            note={t.deletePerson.note}
            action={deletePersonAction}
            fields={{ id: person.id }}
            question={t.deletePerson.confirm(person.name)}
            label={t.deletePerson.submit}
          />
        </div>
      </div>
    </>
  );
}
