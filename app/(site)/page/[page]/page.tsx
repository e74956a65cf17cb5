import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { HomePage } from "@/components/site/home-page";
import { listPublishedArticles } from "@/lib/articles/queries";
import { messages } from "@/lib/i18n/messages";
import { parsePageNumber } from "@/lib/search/schemas";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  if (!page || page > (await listPublishedArticles(page)).totalPages) notFound();
  return buildListMetadata(
    { title: messages.home.pageTitle(page), path: "/", page },
    await getSiteSettings(),
  );
}

export default async function OlderNews({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect("/");
  return <HomePage page={page} />;
}
