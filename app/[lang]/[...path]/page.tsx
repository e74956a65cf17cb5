import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { loadPublicArticle } from "@/lib/articles/public-page";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ lang: string; path: string[] }> };

export function generateStaticParams() {
  return [];
}

/**
 * Background pages live one segment deep (/about, /be/about); every deeper address no other
 * route knows lands here too and is a missing page, drawn in its language.
 */
async function load(params: Props["params"]) {
  const { lang, path } = await params;
  if (path.length !== 1) notFound();
  return loadPublicArticle(lang, path[0]!, "PAGE");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ article, locale, alternates }, settings] = await Promise.all([
    load(params),
    getSiteSettings(),
  ]);
  return buildArticleMetadata(article, settings, locale, alternates);
}

export default async function BackgroundPage({ params }: Props) {
  const [{ article, locale, alternates }, settings] = await Promise.all([
    load(params),
    getSiteSettings(),
  ]);
  return (
    <>
      <JsonLd data={articleJsonLd(article, settings, locale)} />
      <ArticleView article={article} locale={locale} alternates={alternates} />
    </>
  );
}
