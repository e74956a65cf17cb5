import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/people/print-button";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { everyLanguage } from "@/lib/i18n/alternates";
import { getMessages } from "@/lib/i18n/messages";
import { loadPersonPage } from "@/lib/people/public-page";
import { getSiteSettings } from "@/lib/settings/queries";
import { personPath, siteImagePath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

/** The postcard only exists for a person held today with an address to write to. */
async function resolve(params: Props["params"]) {
  const { lang, slug } = await params;
  const page = await loadPersonPage(lang, slug, "/postcard");
  if (!page.view.currentAddress) notFound();
  return { ...page, address: page.view.currentAddress };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view, locale } = await resolve(params);
  return {
    title: getMessages(locale.lang).people.postcardTitle(view.name.text),
    // A printable copy of the profile's address: the profile is the page to find.
    robots: { index: false, follow: true },
    alternates: { canonical: personPath(view.person.slug, locale) },
  };
}

/**
 * A printable A6 postcard: the campaign's image on the front; on the back, room to write and the
 * address filled in (with its Latin form for post offices abroad). The print stylesheet
 * (globals.css, "postcard") makes each side one A6 page.
 */
export default async function PostcardPage({ params }: Props) {
  const { view, locale, address } = await resolve(params);
  const settings = await getSiteSettings();
  const t = getMessages(locale.lang).people;
  const path = `${personPath(view.person.slug)}/postcard`;
  return (
    <>
      <div className="print-hidden">
        <LanguageSwitcher locale={locale} alternates={everyLanguage(locale, path)} />
      </div>
      <div className="mx-auto max-w-3xl space-y-6">
        <div className="print-hidden space-y-3">
          <h1 className="font-serif text-3xl font-bold" lang={locale.lang}>
            {t.postcardTitle(view.name.text)}
          </h1>
          <p>{t.postcardHelp}</p>
          <div className="flex flex-wrap items-center gap-4">
            <PrintButton lang={locale.lang} />
            <Link
              href={personPath(view.person.slug, locale)}
              className="underline underline-offset-4"
            >
              {t.backToProfile(view.name.text)}
            </Link>
          </div>
        </div>
        <div className="postcard-sheet space-y-6">
          <section className="postcard-side postcard-front" aria-label={t.postcardFront}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the site's own generated card */}
            <img src={siteImagePath(settings, locale.lang)} alt="" width={1200} height={630} />
            <p lang={view.name.lang}>{view.name.text}</p>
          </section>
          <section className="postcard-side postcard-back" aria-label={t.postcardBack}>
            <div className="postcard-lines">
              <span className="postcard-label">{t.message}</span>
            </div>
            <div>
              <div className="postcard-stamp" aria-hidden="true" />
              <p className="postcard-label mt-[3cqw]">{t.to}</p>
              <address data-address>{address.address}</address>
              {address.latin && (
                <p className="postcard-latin" data-address-latin>
                  {address.latin}
                </p>
              )}
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
