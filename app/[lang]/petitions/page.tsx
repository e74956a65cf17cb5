import type { Metadata } from "next";
import { PetitionProgress, PetitionStatusLine } from "@/components/petitions/petition-parts";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { everyLanguage } from "@/lib/i18n/alternates";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { pageLocale } from "@/lib/i18n/page-locale";
import { petitionTextIn } from "@/lib/petitions/record";
import { listPublicPetitions } from "@/lib/petitions/queries";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { petitionPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale((await params).lang, petitionPath());
  const t = petitionMessages[locale.lang];
  return buildListMetadata(
    {
      title: t.listTitle,
      description: t.listIntro,
      path: petitionPath(undefined, locale),
      alternates: everyLanguage(locale, petitionPath()),
    },
    await getSiteSettings(),
    locale,
  );
}

/** Every petition readers may see: open ones first, each with its count. */
export default async function PetitionsPage({ params }: Props) {
  const locale = await pageLocale((await params).lang, petitionPath());
  const [petitions, settings] = await Promise.all([listPublicPetitions(), getSiteSettings()]);
  const t = petitionMessages[locale.lang];
  return (
    <>
      <LanguageSwitcher locale={locale} alternates={everyLanguage(locale, petitionPath())} />
      <div className="mx-auto max-w-3xl space-y-6">
        <header>
          <h1 className="text-3xl font-bold">{t.listTitle}</h1>
          <p className="text-muted mt-2">{t.listIntro}</p>
        </header>
        {petitions.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className="space-y-4">
            {petitions.map((petition) => {
              const text = petitionTextIn(petition.texts, locale.lang, locale.defaultLang);
              return (
                <li key={petition.id} className="border-line space-y-3 rounded border bg-white p-5">
                  <h2 className="text-xl font-bold" lang={text.lang}>
                    <a
                      href={petitionPath(petition.slug, locale)}
                      className="hover:text-accent underline-offset-2 hover:underline"
                    >
                      {text.title}
                    </a>
                  </h2>
                  {text.addressee && <p lang={text.lang}>{t.addressedTo(text.addressee)}</p>}
                  <PetitionProgress petition={petition} lang={locale.lang} />
                  <PetitionStatusLine
                    petition={petition}
                    lang={locale.lang}
                    timeZone={settings.timeZone}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
