import type { Metadata } from "next";
import { ArticleForm } from "@/app/(admin)/admin/articles/_components/article-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { emptyArticle, loadEditorOptions } from "../_components/editor-data";

export const metadata: Metadata = { title: staffMessages().editor.newArticle };

export default async function NewArticlePage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const actor = await requireAdminPage("article:create");
  const t = staffMessages().editor;
  const kind = (await searchParams).kind === "PAGE" ? "PAGE" : "POST";
  const [options, settings] = await Promise.all([loadEditorOptions(actor), getSiteSettings()]);
  return (
    <>
      <PageHeader title={kind === "PAGE" ? t.newPage : t.newArticle} />
      <ArticleForm
        article={emptyArticle(kind, settings.defaultLanguage)}
        canPublish={can(actor, "article:publish")}
        {...options}
      />
    </>
  );
}
