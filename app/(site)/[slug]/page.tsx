import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { parseSlugParam } from "@/lib/http/params";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { buildArticleMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ slug: string }> };

function loadPage(raw: string) {
  const slug = parseSlugParam(raw);
  return slug ? getPublishedArticleBySlug(slug, "PAGE") : null;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [page, settings] = await Promise.all([loadPage((await params).slug), getSiteSettings()]);
  if (!page) notFound();
  return buildArticleMetadata(page, settings);
}

/** Background pages (kind PAGE) at the top level: /about, /take-action … */
export default async function BackgroundPage({ params }: Props) {
  const [page, settings] = await Promise.all([loadPage((await params).slug), getSiteSettings()]);
  if (!page) notFound();
  return (
    <>
      <JsonLd data={articleJsonLd(page, settings)} />
      <ArticleView article={page} />
    </>
  );
}
