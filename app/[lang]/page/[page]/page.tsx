import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { HomePage, homePagePath } from "@/components/site/home-page";
import { listPublishedArticles } from "@/lib/articles/queries";
import { localePath } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { parsePageNumber } from "@/lib/search/schemas";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ lang: string; page: string }> };

export function generateStaticParams() {
  return [];
}

async function resolve(params: Props["params"]) {
  const { lang, page: raw } = await params;
  const page = parsePageNumber(raw);
  if (page === null) notFound();
  return { page, locale: await pageLocale(lang, homePagePath(page)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, locale } = await resolve(params);
  if (page > (await listPublishedArticles(locale.lang, page)).totalPages) notFound();
  return buildListMetadata(
    {
      title: getMessages(locale.lang).home.pageTitle(page),
      path: localePath(locale, "/"),
      page,
    },
    await getSiteSettings(),
    locale,
  );
}

export default async function OlderNews({ params }: Props) {
  const { page, locale } = await resolve(params);
  if (page === 1) permanentRedirect(localePath(locale, "/"));
  return <HomePage page={page} locale={locale} />;
}
