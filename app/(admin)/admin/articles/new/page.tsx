import type { Metadata } from "next";
import { ArticleForm } from "@/app/(admin)/admin/articles/_components/article-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/settings/queries";
import { emptyArticle, loadEditorOptions } from "../_components/editor-data";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const actor = await requireAdminPage("article:create");
  const kind = (await searchParams).kind === "PAGE" ? "PAGE" : "POST";
  const [options, settings] = await Promise.all([loadEditorOptions(actor), getSiteSettings()]);
  return (
    <>
      <PageHeader title={kind === "PAGE" ? "New background page" : "New article"} />
      <ArticleForm
        article={emptyArticle(kind, settings.defaultLanguage)}
        canPublish={can(actor, "article:publish")}
        {...options}
      />
    </>
  );
}
