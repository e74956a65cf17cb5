import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { type CoverSide, type DiffPart } from "@/lib/articles/revision-compare";
import { compareRevisions, listRevisions } from "@/lib/articles/revisions";
import { requireAdminPage } from "@/lib/auth";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { pageErrorOf } from "../../../_components/editor-data";

export const metadata: Metadata = { title: staffMessages().revisions.compare.title };

/** Text parts as React text (escaped), changes marked with <ins> and <del>. */
function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="border-line rounded border bg-white p-3 leading-relaxed break-words whitespace-pre-wrap">
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

function Section({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section>
      <h2 className="mb-1 font-semibold">{heading}</h2>
      {children}
    </section>
  );
}

function NotRecorded() {
  return <p className="text-muted text-sm">{staffMessages().revisionFields.notRecorded}</p>;
}

function Names({ label, names, tag }: { label: string; names: string[]; tag?: "ins" | "del" }) {
  if (names.length === 0) return null;
  const Tag = tag ?? "span";
  const tone =
    tag === "ins" ? "bg-green-100 text-green-900" : tag === "del" ? "bg-red-100 text-red-900" : "";
  return (
    <p>
      {label}:{" "}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 ? ", " : null}
          <Tag className={tone}>{name}</Tag>
        </span>
      ))}
    </p>
  );
}

function Cover({ side, label }: { side: CoverSide; label: string }) {
  const t = staffMessages().revisionFields;
  return (
    <figure className="border-line w-40 rounded border bg-white p-2 text-sm">
      {side?.src ? (
        // eslint-disable-next-line @next/next/no-img-element -- a staff thumbnail from the library
        <img src={side.src} alt={side.alt} className="mb-1 h-24 w-full object-cover" />
      ) : null}
      <figcaption>
        <span className="font-semibold">{label}:</span>{" "}
        {side ? (side.name ?? t.deletedImage) : t.noCover}
      </figcaption>
    </figure>
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
  const f = t.revisionFields;
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
  const fields = comparison.fields;
  const textField = (
    name: "slug" | "language" | "seoTitle" | "seoDescription" | "coverCaption" | "coverCredit",
  ) => (
    <Section heading={f[name]}>
      {fields ? (
        <Diff parts={fields.text.find((field) => field.name === name)?.parts ?? []} />
      ) : (
        <NotRecorded />
      )}
    </Section>
  );
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
        <Section heading={t.common.title}>
          <Diff parts={comparison.title} />
        </Section>
        <Section heading={t.revisions.compare.excerpt}>
          <Diff parts={comparison.excerpt} />
        </Section>
        <Section heading={t.revisions.compare.text}>
          <p className="text-muted mb-1 text-sm">{f.linksNote}</p>
          <Diff parts={comparison.body} />
        </Section>
        {fields
          ? fields.lists.map(({ name, change }) => (
              <Section key={name} heading={f[name]}>
                <div className="border-line rounded border bg-white p-3 text-sm">
                  <Names label={f.added} names={change.added} tag="ins" />
                  <Names label={f.removed} names={change.removed} tag="del" />
                  <Names label={f.kept} names={change.kept} />
                  {change.added.length + change.removed.length + change.kept.length === 0 ? (
                    <p>{f.none}</p>
                  ) : null}
                </div>
              </Section>
            ))
          : (["categories", "tags", "regions", "people"] as const).map((name) => (
              <Section key={name} heading={f[name]}>
                <NotRecorded />
              </Section>
            ))}
        <Section heading={f.cover}>
          {fields ? (
            fields.cover.changed ? (
              <div className="flex flex-wrap gap-3">
                <Cover side={fields.cover.from} label={f.before} />
                <Cover side={fields.cover.to} label={f.after} />
              </div>
            ) : (
              <Cover side={fields.cover.to} label={f.unchanged} />
            )
          ) : (
            <NotRecorded />
          )}
        </Section>
        {textField("coverCaption")}
        {textField("coverCredit")}
        {textField("seoTitle")}
        {textField("seoDescription")}
        {textField("slug")}
        {textField("language")}
      </div>
    </>
  );
}
