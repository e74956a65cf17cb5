import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { DeleteTermForm, EditTermForm } from "@/app/(admin)/admin/terms/_components/term-forms";
import { requireAdminPage } from "@/lib/auth";
import { listTermsForAdmin, orderAsTree } from "@/lib/taxonomy/queries";
import { TAXONOMY_LABELS } from "@/lib/taxonomy/schemas";

export const metadata: Metadata = { title: "Edit term" };

export default async function EditTermPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("term:manage");
  const { id } = await params;
  const terms = await listTermsForAdmin(actor);
  const term = terms.find((t) => t.id === id);
  if (!term) notFound();
  const parentOptions =
    term.taxonomy === "CATEGORY"
      ? orderAsTree(terms.filter((t) => t.taxonomy === "CATEGORY"))
          .filter((c) => c.id !== term.id)
          .map((c) => ({ value: c.id, label: `${"— ".repeat(c.depth)}${c.name}` }))
      : undefined;
  return (
    <>
      <PageHeader
        title={`Edit the ${TAXONOMY_LABELS[term.taxonomy].one} "${term.name}"`}
        actions={
          <Link href="/admin/terms" className="text-accent font-semibold underline">
            All categories & tags
          </Link>
        }
      />
      <EditTermForm term={term} parentOptions={parentOptions} />
      <DeleteTermForm id={term.id} name={term.name} articleCount={term.articleCount} />
    </>
  );
}
