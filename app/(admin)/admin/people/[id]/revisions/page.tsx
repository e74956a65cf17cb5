import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/table";
import { requireAdminPage } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { listPersonRevisions } from "@/lib/people/revisions";
import { getPersonForEdit } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: staffMessages().people.revisions.title };

/** Every save of a person, newest first, with what changed from the save before. */
export default async function PersonRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("person:manage");
  const t = staffMessages().people.revisions;
  const id = parseIdParam((await params).id);
  if (!id) notFound();
  const [person, revisions] = await Promise.all([
    getPersonForEdit(actor, id),
    listPersonRevisions(actor, id),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const format = new Intl.DateTimeFormat(staffMessages().common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: (await getSiteSettings()).timeZone,
  });
  return (
    <>
      <PageHeader
        title={t.heading(person.name)}
        description={t.description}
        actions={
          <Link href={`/admin/people/${person.id}`} className="text-sm underline">
            {t.backToEditor}
          </Link>
        }
      />
      {revisions.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ol className="space-y-4">
          {revisions.map((revision, index) => (
            <li key={revision.id} className="border-line rounded border bg-white p-4">
              <p className="text-sm font-semibold">
                <time dateTime={revision.createdAt.toISOString()}>
                  {t.savedBy(
                    format.format(revision.createdAt),
                    revision.editorName ?? t.deletedUser,
                  )}
                </time>
                {index === revisions.length - 1 ? ` · ${t.first}` : ""}
              </p>
              <pre className="mt-2 font-mono text-sm whitespace-pre-wrap">
                {revision.diff.map((part, n) =>
                  part.added ? (
                    <ins key={n} className="bg-green-100 no-underline">
                      {part.value}
                    </ins>
                  ) : part.removed ? (
                    <del key={n} className="bg-red-100">
                      {part.value}
                    </del>
                  ) : (
                    <span key={n} className="text-muted">
                      {part.value}
                    </span>
                  ),
                )}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
