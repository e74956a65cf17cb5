import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { NotFoundContent } from "@/components/site/not-found-content";
import { chrome } from "@/lib/i18n/messages/chrome";
import { lenientLocale } from "@/lib/i18n/page-locale";
import { homePath, searchPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await lenientLocale((await params).lang);
  return { title: chrome[locale.lang].notFound.title, robots: { index: false } };
}

/**
 * The not-found page of a language as an ordinary page: the front serves it, with status 404,
 * for every missing address (Next.js would send an empty shell drawn by JavaScript).
 */
export default async function PageNotFound({ params }: Props) {
  const locale = await lenientLocale((await params).lang);
  // The switcher leads to each language's home: the missing page exists in none.
  return (
    <>
      <LanguageSwitcher locale={locale} alternates={[]} />
      <NotFoundContent
        lang={locale.lang}
        homeHref={homePath(locale)}
        searchHref={searchPath(locale)}
      />
    </>
  );
}
