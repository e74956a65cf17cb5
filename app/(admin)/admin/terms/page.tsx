import type { Metadata } from "next";
import Link from "next/link";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { CreateTermForm, MergeTagsForm } from "@/app/(admin)/admin/terms/_components/term-forms";
import { requireAdminPage } from "@/lib/auth";
import { type AdminTerm, listTermsForAdmin, orderAsTree } from "@/lib/taxonomy/queries";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { termPath } from "@/lib/urls";

export const metadata: Metadata = { title: staffMessages().terms.title };

function TermTable({
  terms,
  caption,
}: {
  terms: (AdminTerm & { depth?: number })[];
  caption: string;
}) {
  const t = staffMessages();
  if (terms.length === 0) return <EmptyState>{t.terms.none}</EmptyState>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t.common.name}</Th>
          <Th>{t.common.slug}</Th>
          <Th>{t.terms.articles}</Th>
          <Th>{t.common.description}</Th>
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => (
          <tr key={term.id}>
            <Td>
              <span style={{ paddingLeft: `${(term.depth ?? 0) * 1.25}rem` }}>
                {term.depth ? "— " : ""}
                <Link
                  href={`/admin/terms/${term.id}`}
                  className="text-accent font-semibold underline underline-offset-4"
                >
                  {term.name}
                </Link>
              </span>
            </Td>
            <Td>
              <a href={termPath(term.taxonomy, term.slug)} className="font-mono text-xs underline">
                {term.slug}
              </a>
            </Td>
            <Td>{term.articleCount}</Td>
            <Td className="text-muted">{term.description}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function TermsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const actor = await requireAdminPage("term:manage");
  const t = staffMessages().terms;
  const [terms, { deleted }] = await Promise.all([listTermsForAdmin(actor), searchParams]);
  const categories = orderAsTree(terms.filter((t) => t.taxonomy === "CATEGORY"));
  const tags = terms.filter((t) => t.taxonomy === "TAG");
  const regions = terms.filter((t) => t.taxonomy === "REGION");
  const parentOptions = categories.map((c) => ({
    value: c.id,
    label: `${"— ".repeat(c.depth)}${c.name}`,
  }));
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      {deleted ? <Flash>{t.deleted}</Flash> : null}
      <div className="space-y-10">
        <section
          aria-labelledby="categories"
          className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <div>
            <h2 id="categories" className="mb-2 text-xl font-bold">
              {t.taxonomy.CATEGORY.many}
            </h2>
            <TermTable terms={categories} caption={t.taxonomy.CATEGORY.many} />
          </div>
          <CreateTermForm taxonomy="CATEGORY" parentOptions={parentOptions} />
        </section>
        <section
          aria-labelledby="tags"
          className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <div>
            <h2 id="tags" className="mb-2 text-xl font-bold">
              {t.taxonomy.TAG.many}
            </h2>
            <TermTable terms={tags} caption={t.taxonomy.TAG.many} />
          </div>
          <div className="space-y-4">
            <CreateTermForm taxonomy="TAG" />
            <MergeTagsForm
              tags={tags.map((t) => ({ value: t.id, label: `${t.name} (${t.articleCount})` }))}
            />
          </div>
        </section>
        <section
          aria-labelledby="regions"
          className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <div>
            <h2 id="regions" className="mb-2 text-xl font-bold">
              {t.taxonomy.REGION.many}
            </h2>
            <TermTable terms={regions} caption={t.taxonomy.REGION.many} />
          </div>
          <CreateTermForm taxonomy="REGION" />
        </section>
      </div>
    </>
  );
}
