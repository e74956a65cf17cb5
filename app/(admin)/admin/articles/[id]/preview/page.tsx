import type { Metadata } from "next";
import { ArticleView } from "@/components/site/article-view";
import { articleViewSelect, toArticleView } from "@/lib/articles/view";
import { requireAdminPage } from "@/lib/auth";
import { canEditArticle } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { forbidden, notFound } from "next/navigation";

export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false },
};

// Always the current saved version, never a cached copy.
export const dynamic = "force-dynamic";

export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage("article:create");
  const { id } = await params;
  const row = await getDb().article.findUnique({
    where: { id },
    select: { ...articleViewSelect, authorId: true },
  });
  if (!row) notFound();
  if (!canEditArticle(actor, row.authorId)) forbidden();
  // ArticleView shows the "Preview: … not published" banner itself when isPreview is set.
  return (
    <>
      <ArticleView article={toArticleView(row)} isPreview />
    </>
  );
}
