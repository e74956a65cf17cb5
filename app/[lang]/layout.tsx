import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PublicDocument } from "@/components/site/public-document";
import { lenientLocale } from "@/lib/i18n/page-locale";
import { documentMetadata, documentViewport } from "@/lib/seo/document";
import { getSiteSettings } from "@/lib/settings/queries";
import { siteTexts } from "@/lib/settings/schemas";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

// Each language's pages render on first visit and are then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const [locale, settings] = await Promise.all([
    lenientLocale((await params).lang),
    getSiteSettings(),
  ]);
  return documentMetadata(settings, siteTexts(settings, locale.lang));
}

export async function generateViewport(): Promise<Viewport> {
  return documentViewport(await getSiteSettings());
}

/** The public site's document, in the page's language: header, main, footer. */
export default async function SiteLayout({ children, params }: Props) {
  const locale = await lenientLocale((await params).lang);
  return <PublicDocument locale={locale}>{children}</PublicDocument>;
}
