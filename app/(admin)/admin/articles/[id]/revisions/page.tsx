import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { PageHeader } from "@/components/admin/page-header";
import { Table, Td, Th } from "@/components/admin/table";
import { RestoreRevisionButton } from "@/app/(admin)/admin/articles/_components/restore-revision-button";
import { getArticleForEdit } from "@/lib/articles/admin-queries";
import { listRevisions } from "@/lib/articles/revisions";
import { requireAdminPage } from "@/lib/auth";
import { getSiteSettings } from "@/lib/settings/queries";
import { pageErrorOf } from "../../_components/editor-data";

export const metadata: Metadata = { title: "Revisions" };

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("article:create");
  const { id } = await params;
  const [article, revisions, settings] = await Promise.all([
    getArticleForEdit(actor, id).catch(pageErrorOf),
    listRevisions(actor, id).catch(pageErrorOf),
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: settings.timeZone,
  });
  return (
    <>
      <PageHeader
        title={`Revisions of "${article.title}"`}
        description="Every save is kept. Compare two, or restore one (that is saved as a new revision)."
        actions={
          <Link href={`/admin/articles/${id}`} className="text-accent font-semibold underline">
            Back to the editor
          </Link>
        }
      />
      {/* The radios belong to the compare form through form="compare"; the restore buttons have
          forms of their own, and forms cannot nest. */}
      <Table caption="Revisions, newest first">
        <thead>
          <tr>
            <Th>From</Th>
            <Th>To</Th>
            <Th>Saved</Th>
            <Th>By</Th>
            <Th>Title</Th>
            <Th>
              <span className="sr-only">Actions</span>
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
                  aria-label={`Compare from the revision of ${format.format(revision.createdAt)}`}
                />
              </Td>
              <Td>
                <input
                  type="radio"
                  name="to"
                  form="compare"
                  value={revision.id}
                  defaultChecked={index === 0}
                  aria-label={`Compare to the revision of ${format.format(revision.createdAt)}`}
                />
              </Td>
              <Td>
                <time dateTime={revision.createdAt.toISOString()}>
                  {format.format(revision.createdAt)}
                </time>{" "}
                {revision.isCurrent ? <Badge tone="good">Current</Badge> : null}{" "}
                {revision.isConflictingSave ? <Badge tone="warn">Conflicting save</Badge> : null}
              </Td>
              <Td>{revision.editorName ?? "A deleted user"}</Td>
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
            Compare selected revisions
          </button>
        </form>
      ) : null}
    </>
  );
}
