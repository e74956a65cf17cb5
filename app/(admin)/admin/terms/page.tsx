import type { Metadata } from "next";
import Link from "next/link";
import { Flash } from "@/components/admin/form-message";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Table, Td, Th } from "@/components/admin/table";
import { CreateTermForm, MergeTagsForm } from "@/app/(admin)/admin/terms/_components/term-forms";
import { requireAdminPage } from "@/lib/auth";
import { type AdminTerm, listTermsForAdmin, orderAsTree } from "@/lib/taxonomy/queries";
import { TAXONOMY_LABELS } from "@/lib/taxonomy/schemas";
import { termPath } from "@/lib/urls";

export const metadata: Metadata = { title: "Categories & tags" };

function TermTable({
  terms,
  caption,
}: {
  terms: (AdminTerm & { depth?: number })[];
  caption: string;
}) {
  if (terms.length === 0) return <EmptyState>None yet.</EmptyState>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Slug</Th>
          <Th>Articles</Th>
          <Th>Description</Th>
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
      <PageHeader
        title="Categories & tags"
        description="Categories (with parents), tags and regions."
      />
      {deleted ? <Flash>Deleted. Its articles are unchanged apart from losing it.</Flash> : null}
      <div className="space-y-10">
        <section
          aria-labelledby="categories"
          className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <div>
            <h2 id="categories" className="mb-2 text-xl font-bold">
              {TAXONOMY_LABELS.CATEGORY.many}
            </h2>
            <TermTable terms={categories} caption="Categories" />
          </div>
          <CreateTermForm taxonomy="CATEGORY" label="category" parentOptions={parentOptions} />
        </section>
        <section
          aria-labelledby="tags"
          className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <div>
            <h2 id="tags" className="mb-2 text-xl font-bold">
              {TAXONOMY_LABELS.TAG.many}
            </h2>
            <TermTable terms={tags} caption="Tags" />
          </div>
          <div className="space-y-4">
            <CreateTermForm taxonomy="TAG" label="tag" />
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
              {TAXONOMY_LABELS.REGION.many}
            </h2>
            <TermTable terms={regions} caption="Regions" />
          </div>
          <CreateTermForm taxonomy="REGION" label="region" />
        </section>
      </div>
    </>
  );
}
