import type { Metadata } from "next";
import { JsonLd } from "@/components/seo/json-ld";
import { HomePage } from "@/components/site/home-page";
import { everyLanguage } from "@/lib/i18n/alternates";
import { pageLocale } from "@/lib/i18n/page-locale";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { buildSiteMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale((await params).lang);
  return buildSiteMetadata(await getSiteSettings(), locale, everyLanguage(locale, "/"));
}

export default async function Home({ params }: Props) {
  const locale = await pageLocale((await params).lang);
  const settings = await getSiteSettings();
  return (
    <>
      <JsonLd data={homeJsonLd(settings, locale)} />
      <HomePage page={1} locale={locale} />
    </>
  );
}
