import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { articlePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit, then served from the cache until an edit revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) return {};
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.excerpt,
    alternates: { canonical: articlePath("POST", article.slug) },
  };
}

export default async function NewsArticlePage({ params }: Props) {
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) notFound();
  return <ArticleView article={article} />;
}
