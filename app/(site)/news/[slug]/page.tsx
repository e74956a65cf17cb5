import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { parseSlugParam } from "@/lib/http/params";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ slug: string }> };

function loadArticle(raw: string) {
  const slug = parseSlugParam(raw);
  return slug ? getPublishedArticleBySlug(slug) : null;
}

// Rendered on first visit, then served from the cache until an edit revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings] = await Promise.all([
    loadArticle((await params).slug),
    getSiteSettings(),
  ]);
  if (!article) notFound();
  return buildArticleMetadata(article, settings);
}

export default async function NewsArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([
    loadArticle((await params).slug),
    getSiteSettings(),
  ]);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={articleJsonLd(article, settings)} />
      <ArticleView
        article={article}
        commentsSlot={<CommentsSection article={article} mode="static" />}
      />
    </>
  );
}
