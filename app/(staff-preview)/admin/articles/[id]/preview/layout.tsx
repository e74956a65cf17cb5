import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PublicDocument } from "@/components/site/public-document";
import { getPreviewLanguage } from "@/lib/articles/preview-links";
import { articleLang } from "@/lib/articles/view";
import { getActor } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locale";
import { documentMetadata, documentViewport } from "@/lib/seo/document";
import { getSiteSettings } from "@/lib/settings/queries";
import { siteTexts } from "@/lib/settings/schemas";
import "../../../../../globals.css";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/** The site's document in the article's language (the site's default for anyone else). */
async function previewLocale(id: string): Promise<Locale> {
  const [settings, language] = await Promise.all([
    getSiteSettings(),
    getActor().then((actor) => getPreviewLanguage(actor, id)),
  ]);
  const lang = language ? articleLang(language) : settings.defaultLanguage;
  return {
    lang: settings.languages.includes(lang) ? lang : settings.defaultLanguage,
    defaultLang: settings.defaultLanguage,
    languages: settings.languages,
  };
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const [locale, settings] = await Promise.all([
    previewLocale((await params).id),
    getSiteSettings(),
  ]);
  return documentMetadata(settings, siteTexts(settings, locale.lang));
}

export async function generateViewport(): Promise<Viewport> {
  return documentViewport(await getSiteSettings());
}

/**
 * The staff preview has a root layout of its own, apart from the staff area's: it is the public
 * site's document (header, main, footer), so staff see the article as readers will.
 */
export default async function StaffPreviewLayout({ children, params }: Props) {
  const locale = await previewLocale((await params).id);
  return <PublicDocument locale={locale}>{children}</PublicDocument>;
}
