import type { Metadata } from "next";
import { CommentsSection } from "@/components/comments/comments-section";
import { ArticleView } from "@/components/site/article-view";
import { loadPublicArticle } from "@/lib/articles/public-page";
import { articlePath } from "@/lib/urls";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Per visitor (form token, their own pending comments): never cached, never indexed.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const { article, locale } = await loadPublicArticle(lang, slug, "POST");
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.excerpt,
    alternates: { canonical: articlePath("POST", article.slug, locale) },
    robots: { index: false, follow: true },
  };
}

/** The article as the proxy serves it to someone commenting (see lib/comments/proxy.ts). */
export default async function LiveArticlePage({ params, searchParams }: Props) {
  const [{ lang, slug }, query] = await Promise.all([params, searchParams]);
  const { article, locale, alternates } = await loadPublicArticle(lang, slug, "POST");
  const replyTo = typeof query.replyto === "string" ? query.replyto : null;
  return (
    <ArticleView
      article={article}
      locale={locale}
      alternates={alternates}
      commentsSlot={
        <CommentsSection article={article} locale={locale} mode="live" replyTo={replyTo} />
      }
    />
  );
}
