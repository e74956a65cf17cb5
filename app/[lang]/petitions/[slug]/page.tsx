import type { Metadata } from "next";
import {
  PetitionPrivacy,
  PetitionProgress,
  PetitionSigners,
  PetitionStatusLine,
} from "@/components/petitions/petition-parts";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { everyLanguage } from "@/lib/i18n/alternates";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { htmlToText } from "@/lib/html-text";
import { isSigningOpen, loadPetitionPage } from "@/lib/petitions/public-page";
import { getPetitionRetentionDays } from "@/lib/petitions/queries";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { petitionPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Rendered on first visit, then cached until an edit or a confirmed signature revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const [{ petition, text, locale }, settings] = await Promise.all([
    loadPetitionPage(lang, slug),
    getSiteSettings(),
  ]);
  const summary = htmlToText(text.body);
  return buildListMetadata(
    {
      title: text.title,
      description: summary.length > 200 ? `${summary.slice(0, 197)}…` : summary,
      path: petitionPath(petition.slug, locale),
      alternates: everyLanguage(locale, petitionPath(petition.slug)),
    },
    settings,
    locale,
  );
}

/** A petition: its text, whom it asks, the confirmed count, recent signers, and how to sign. */
export default async function PetitionPage({ params }: Props) {
  const { lang, slug } = await params;
  const { petition, text, locale } = await loadPetitionPage(lang, slug);
  const [settings, retentionDays] = await Promise.all([
    getSiteSettings(),
    getPetitionRetentionDays(),
  ]);
  const t = petitionMessages[locale.lang];
  const open = isSigningOpen(petition);
  return (
    <>
      <LanguageSwitcher
        locale={locale}
        alternates={everyLanguage(locale, petitionPath(petition.slug))}
      />
      <article className="mx-auto max-w-3xl space-y-8" data-petition={petition.slug}>
        <header lang={text.lang} className="space-y-2">
          <p className="text-accent text-sm font-bold tracking-wide uppercase">{t.nav}</p>
          <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{text.title}</h1>
          {text.addressee && <p className="text-lg">{t.addressedTo(text.addressee)}</p>}
        </header>
        <div className="border-line space-y-4 rounded border bg-white p-5">
          <PetitionProgress petition={petition} lang={locale.lang} />
          <PetitionStatusLine petition={petition} lang={locale.lang} timeZone={settings.timeZone} />
          {open && (
            <a
              href={petitionPath(petition.slug, locale, "sign")}
              data-sign-link
              className="bg-accent hover:bg-accent-dark inline-block rounded px-6 py-3 text-lg font-bold text-white"
            >
              {t.sign}
            </a>
          )}
        </div>
        {petition.status === "DELIVERED" && text.deliveryNote && (
          <p
            className="border-navy border-l-4 pl-4 whitespace-pre-line"
            lang={text.lang}
            data-delivery-note
          >
            {text.deliveryNote}
          </p>
        )}
        <div
          className="article-body"
          lang={text.lang}
          dangerouslySetInnerHTML={{ __html: text.body }}
        />
        <PetitionSigners petition={petition} signers={petition.signers} lang={locale.lang} />
        <PetitionPrivacy
          petition={petition}
          lang={locale.lang}
          timeZone={settings.timeZone}
          retentionDays={retentionDays}
        />
      </article>
    </>
  );
}
