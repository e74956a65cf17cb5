import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { lenientLocale } from "@/lib/i18n/page-locale";
import { documentMetadata, documentViewport } from "@/lib/seo/document";
import { getSiteSettings } from "@/lib/settings/queries";
import { siteTexts } from "@/lib/settings/schemas";
import { getNavigation } from "@/lib/site/queries";
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
  const [settings, navigation] = await Promise.all([getSiteSettings(), getNavigation(locale.lang)]);
  return (
    <html lang={locale.lang}>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader settings={settings} navigation={navigation} locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter settings={settings} navigation={navigation} locale={locale} />
      </body>
    </html>
  );
}
