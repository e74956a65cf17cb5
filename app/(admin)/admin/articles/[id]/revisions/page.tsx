import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { PageHeader } from "@/components/admin/page-header";
import { Table, Td, Th } from "@/components/admin/table";
import { RestoreRevisionButton } from "@/app/(admin)/admin/articles/_components/restore-revision-button";
import { getArticleForEdit } from "@/lib/articles/admin-queries";
import { listRevisions } from "@/lib/articles/revisions";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { pageErrorOf } from "../../_components/editor-data";

export const metadata: Metadata = { title: staffMessages().revisions.title };

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("article:create");
  const t = staffMessages();
  const { id } = await params;
  const [article, revisions, settings] = await Promise.all([
    getArticleForEdit(actor, id).catch(pageErrorOf),
    listRevisions(actor, id).catch(pageErrorOf),
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: settings.timeZone,
  });
  return (
    <>
      <PageHeader
        title={t.revisions.heading(article.title)}
        description={t.revisions.description}
        actions={
          <Link href={`/admin/articles/${id}`} className="text-accent font-semibold underline">
            {t.revisions.backToEditor}
          </Link>
        }
      />
      {/* The radios belong to the compare form through form="compare"; the restore buttons have
          forms of their own, and forms cannot nest. */}
      <Table caption={t.revisions.caption}>
        <thead>
          <tr>
            <Th>{t.revisions.from}</Th>
            <Th>{t.revisions.to}</Th>
            <Th>{t.revisions.saved}</Th>
            <Th>{t.revisions.by}</Th>
            <Th>{t.common.title}</Th>
            <Th>
              <span className="sr-only">{t.common.actions}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision, index) => (
            <tr key={revision.id}>
              <Td>
                <input
                  type="radio"
                  name="from"
                  form="compare"
                  value={revision.id}
                  defaultChecked={index === 1}
                  aria-label={t.revisions.compareFrom(format.format(revision.createdAt))}
                />
              </Td>
              <Td>
                <input
                  type="radio"
                  name="to"
                  form="compare"
                  value={revision.id}
                  defaultChecked={index === 0}
                  aria-label={t.revisions.compareTo(format.format(revision.createdAt))}
                />
              </Td>
              <Td>
                <time dateTime={revision.createdAt.toISOString()}>
                  {format.format(revision.createdAt)}
                </time>{" "}
                {revision.isCurrent ? <Badge tone="good">{t.revisions.current}</Badge> : null}{" "}
                {revision.isConflictingSave ? (
                  <Badge tone="warn">{t.revisions.conflicting}</Badge>
                ) : null}
              </Td>
              <Td>{revision.editorName ?? t.revisions.deletedUser}</Td>
              <Td>{revision.title}</Td>
              <Td>
                {!revision.isCurrent ? (
                  <RestoreRevisionButton articleId={id} revisionId={revision.id} />
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {revisions.length > 1 ? (
        <form id="compare" action={`/admin/articles/${id}/revisions/compare`} method="get">
          <button
            type="submit"
            className="bg-navy mt-3 rounded px-4 py-2 text-sm font-semibold text-white"
          >
            {t.revisions.compareSelected}
          </button>
        </form>
      ) : null}
    </>
  );
}
