import type { Metadata } from "next";
import { CommentsSection } from "@/components/comments/comments-section";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { loadPublicArticle } from "@/lib/articles/public-page";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Rendered on first visit, then served from the cache until an edit revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const [{ article, locale, alternates }, settings] = await Promise.all([
    loadPublicArticle(lang, slug, "POST"),
    getSiteSettings(),
  ]);
  return buildArticleMetadata(article, settings, locale, alternates);
}

export default async function NewsArticlePage({ params }: Props) {
  const { lang, slug } = await params;
  const [{ article, locale, alternates }, settings] = await Promise.all([
    loadPublicArticle(lang, slug, "POST"),
    getSiteSettings(),
  ]);
  return (
    <>
      <JsonLd data={articleJsonLd(article, settings, locale)} />
      <ArticleView
        article={article}
        locale={locale}
        alternates={alternates}
        commentsSlot={<CommentsSection article={article} locale={locale} mode="static" />}
      />
    </>
  );
}
