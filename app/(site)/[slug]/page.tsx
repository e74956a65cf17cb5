import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { articlePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPublishedArticleBySlug(decodeURIComponent((await params).slug), "PAGE");
  if (!page) return {};
  return {
    title: page.seoTitle || page.title,
    description: page.seoDescription || page.excerpt,
    alternates: { canonical: articlePath("PAGE", page.slug) },
  };
}

/** Background pages (kind PAGE) at the top level: /about, /take-action … */
export default async function BackgroundPage({ params }: Props) {
  const page = await getPublishedArticleBySlug(decodeURIComponent((await params).slug), "PAGE");
  if (!page) notFound();
  return <ArticleView article={page} />;
}
