import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { type DiffPart, compareRevisions, listRevisions } from "@/lib/articles/revisions";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { pageErrorOf } from "../../../_components/editor-data";

export const metadata: Metadata = { title: staffMessages().revisions.compare.title };

/** Text parts as React text (escaped), changes marked with <ins> and <del>. */
function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="border-line rounded border bg-white p-3 leading-relaxed whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-100 text-green-900">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-100 text-red-900">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}

export default async function CompareRevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const actor = await requireAdminPage("article:create");
  const t = staffMessages();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const revisions = await listRevisions(actor, id).catch(pageErrorOf);
  // Defaults: the current revision against the one asked for (or the one before it).
  const current = revisions.find((r) => r.isCurrent) ?? revisions[0];
  const to = query.to ?? current?.id ?? "";
  const from =
    query.from ?? (to === current?.id ? revisions[1]?.id : current?.id) ?? revisions[0]?.id ?? "";
  const comparison = await compareRevisions(actor, id, from, to).catch(pageErrorOf);
  const { timeZone } = await getSiteSettings();
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone,
  });
  const describe = (side: typeof comparison.from) =>
    t.revisions.compare.side(format.format(side.createdAt), side.editorName);
  return (
    <>
      <PageHeader
        title={t.revisions.compare.title}
        description={
          <>
            {t.revisions.compare.from} <del className="bg-red-100">{describe(comparison.from)}</del>{" "}
            {t.revisions.compare.to} <ins className="bg-green-100">{describe(comparison.to)}</ins>
          </>
        }
        actions={
          <Link
            href={`/admin/articles/${id}/revisions`}
            className="text-accent font-semibold underline"
          >
            {t.revisions.compare.allRevisions}
          </Link>
        }
      />
      <div className="space-y-5">
        <section>
          <h2 className="mb-1 font-semibold">{t.common.title}</h2>
          <Diff parts={comparison.title} />
        </section>
        <section>
          <h2 className="mb-1 font-semibold">{t.revisions.compare.excerpt}</h2>
          <Diff parts={comparison.excerpt} />
        </section>
        <section>
          <h2 className="mb-1 font-semibold">{t.revisions.compare.text}</h2>
          <Diff parts={comparison.body} />
        </section>
      </div>
    </>
  );
}
