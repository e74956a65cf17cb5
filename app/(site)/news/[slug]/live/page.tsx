import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { parseSlugParam } from "@/lib/http/params";
import { articlePath } from "@/lib/urls";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function loadArticle(raw: string) {
  const slug = parseSlugParam(raw);
  return slug ? getPublishedArticleBySlug(slug) : null;
}

// Per visitor (form token, their own pending comments): never cached, never indexed.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { robots: { index: false, follow: false } };
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.excerpt,
    alternates: { canonical: articlePath("POST", article.slug) },
    robots: { index: false, follow: true },
  };
}

/** The article as the proxy serves it to someone commenting (see lib/comments/proxy.ts). */
export default async function LiveArticlePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const article = await loadArticle(slug);
  if (!article) notFound();
  const replyTo = typeof query.replyto === "string" ? query.replyto : null;
  return (
    <ArticleView
      article={article}
      commentsSlot={<CommentsSection article={article} mode="live" replyTo={replyTo} />}
    />
  );
}
