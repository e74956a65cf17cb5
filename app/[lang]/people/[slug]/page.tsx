import type { Metadata } from "next";
import {
  EarlierAddresses,
  PersonArticles,
  ProfileFacts,
  ProfileHeader,
} from "@/components/people/person-profile";
import { WriteTo } from "@/components/people/write-to";
import { JsonLd } from "@/components/seo/json-ld";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { everyLanguage } from "@/lib/i18n/alternates";
import { getMessages } from "@/lib/i18n/messages";
import { letterGuidanceIn } from "@/lib/people/guidance-view";
import { personJsonLd } from "@/lib/people/json";
import { loadPersonPage } from "@/lib/people/public-page";
import { listPersonArticles } from "@/lib/people/queries";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { personPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Rendered on first visit, then cached until an edit or midnight (the day count) revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const [{ view, locale }, settings] = await Promise.all([
    loadPersonPage(lang, slug),
    getSiteSettings(),
  ]);
  const t = getMessages(locale.lang).people;
  const metadata = buildListMetadata(
    {
      title: view.name.text,
      description: view.bio.text || `${view.status.text}. ${t.listIntro}`,
      path: personPath(view.person.slug, locale),
      alternates: everyLanguage(locale, personPath(view.person.slug)),
    },
    settings,
    locale,
  );
  return view.person.photo
    ? {
        ...metadata,
        openGraph: {
          ...metadata.openGraph,
          type: "profile",
          images: [{ url: view.person.photo.src, alt: view.name.text }],
        },
      }
    : metadata;
}

/** A person's profile: facts, days behind bars, timeline, how to write to them, and the news. */
export default async function PersonPage({ params }: Props) {
  const { lang, slug } = await params;
  const { view, locale } = await loadPersonPage(lang, slug);
  const [articles, settings, guidance] = await Promise.all([
    listPersonArticles(view.person.slug, locale.lang),
    getSiteSettings(),
    letterGuidanceIn(locale),
  ]);
  return (
    <>
      <JsonLd data={personJsonLd(view, locale)} />
      <LanguageSwitcher
        locale={locale}
        alternates={everyLanguage(locale, personPath(view.person.slug))}
      />
      <article className="mx-auto max-w-3xl space-y-10" lang={locale.lang}>
        <ProfileHeader view={view} locale={locale} />
        {view.isHeld && <WriteTo view={view} locale={locale} guidance={guidance} />}
        <ProfileFacts view={view} locale={locale} />
        <EarlierAddresses view={view} locale={locale} />
        <PersonArticles
          view={view}
          articles={articles}
          locale={locale}
          timeZone={settings.timeZone}
        />
      </article>
    </>
  );
}
