import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/site/article-view";
import { StaffPreviewBar } from "@/components/site/staff-preview-bar";
import { resolvePreviewLink } from "@/lib/articles/preview-links";
import { previewLinkPath } from "@/lib/articles/preview-links-schemas";
import { getActor } from "@/lib/auth";
import { canEditArticle } from "@/lib/auth/permissions";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ lang: string; token: string }> };

// A shared preview is read per request: the link may be revoked or expire at any moment, and
// nothing may keep a copy (lib/runtime/cache-policy.ts and next.config.ts send no-store,
// noindex and no-referrer for these addresses).
export const dynamic = "force-dynamic";

/** One look-up of the token per request, shared by the metadata and the page. */
const loadPreview = cache(async (segment: string, token: string) => {
  const locale = await pageLocale(segment, `/preview/${token}`);
  const preview = await resolvePreviewLink(token);
  if (!preview) notFound();
  const { article } = preview;
  // The chrome is in the article's language: a link to it in another language moves there.
  if (article.language !== locale.lang && locale.languages.includes(article.language)) {
    redirect(previewLinkPath(token, { lang: article.language, defaultLang: locale.defaultLang }));
  }
  return { ...preview, locale };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, token } = await params;
  const { article } = await loadPreview(lang, token);
  return {
    title: article.seoTitle || article.title,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * A shared preview link: the article exactly as readers will see it, unpublished banner on top,
 * no comments. Staff who may edit the article also get the way back to its editor.
 */
export default async function SharedPreviewPage({ params }: Props) {
  const { lang, token } = await params;
  const [{ article, authorId, locale }, actor] = await Promise.all([
    loadPreview(lang, token),
    getActor(),
  ]);
  return (
    <>
      {canEditArticle(actor, authorId) && <StaffPreviewBar articleId={article.id} />}
      <ArticleView article={article} locale={locale} alternates={[]} isPreview />
    </>
  );
}
