import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { DeleteTermForm, EditTermForm } from "@/app/(admin)/admin/terms/_components/term-forms";
import { requireAdminPage } from "@/lib/auth";
import { getTermTranslations, listTermsForAdmin, orderAsTree } from "@/lib/taxonomy/queries";
import { LANGUAGES } from "@/lib/i18n/languages";
import { getSiteSettings } from "@/lib/settings/queries";
import { TermTranslationsForm } from "@/app/(admin)/admin/terms/_components/term-translations-form";
import { staffMessages } from "@/lib/i18n/messages/staff";

export const metadata: Metadata = { title: staffMessages().terms.editTitle };

export default async function EditTermPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("term:manage");
  const t = staffMessages().terms;
  const { id } = await params;
  const [terms, settings] = await Promise.all([listTermsForAdmin(actor), getSiteSettings()]);
  const term = terms.find((t) => t.id === id);
  if (!term) notFound();
  const translations = await getTermTranslations(actor, term.id);
  const otherLanguages = settings.languages
    .filter((code) => code !== settings.defaultLanguage)
    .map((code) => ({ code, name: LANGUAGES[code].englishName }));
  const defaultLanguage = LANGUAGES[settings.defaultLanguage].englishName;
  const parentOptions =
    term.taxonomy === "CATEGORY"
      ? orderAsTree(terms.filter((t) => t.taxonomy === "CATEGORY"))
          .filter((c) => c.id !== term.id)
          .map((c) => ({ value: c.id, label: `${"— ".repeat(c.depth)}${c.name}` }))
      : undefined;
  return (
    <>
      <PageHeader
        title={t.taxonomy[term.taxonomy].edit(term.name)}
        actions={
          <Link href="/admin/terms" className="text-accent font-semibold underline">
            {t.allTerms}
          </Link>
        }
      />
      <EditTermForm
        term={term}
        parentOptions={parentOptions}
        defaultLanguage={defaultLanguage}
        hasOtherLanguages={otherLanguages.length > 0}
      />
      <TermTranslationsForm
        id={term.id}
        languages={otherLanguages}
        defaultLanguage={defaultLanguage}
        labels={Object.fromEntries(translations.map((label) => [label.language, label]))}
      />
      <DeleteTermForm id={term.id} name={term.name} articleCount={term.articleCount} />
    </>
  );
}
