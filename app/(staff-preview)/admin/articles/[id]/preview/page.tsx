import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { StaffPreviewBar } from "@/components/site/staff-preview-bar";
import { getArticleForPreview } from "@/lib/articles/admin-queries";
import { requireAdminPage } from "@/lib/auth";
import { parseIdParam } from "@/lib/http/params";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { pageErrorOf } from "@/app/(admin)/admin/articles/_components/editor-data";

export const metadata: Metadata = {
  title: staffMessages().editor.preview,
  robots: { index: false, follow: false },
};

// Always the current saved version, never a cached copy.
export const dynamic = "force-dynamic";

/** The staff preview: the saved article inside the public site's chrome, with the way back. */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("article:create");
  const id = parseIdParam((await params).id);
  if (!id) notFound();
  // ArticleView shows the "Preview: … not published" banner itself when isPreview is set.
  const [article, settings] = await Promise.all([
    getArticleForPreview(actor, id).catch(pageErrorOf),
    getSiteSettings(),
  ]);
  const locale = {
    lang: article.language,
    defaultLang: settings.defaultLanguage,
    languages: settings.languages,
  };
  return (
    <>
      <StaffPreviewBar articleId={article.id} />
      <ArticleView article={article} locale={locale} alternates={[]} isPreview />
    </>
  );
}
