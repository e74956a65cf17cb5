import type { Metadata } from "next";
import { PetitionPrivacy, PetitionProgress } from "@/components/petitions/petition-parts";
import { SignForm } from "@/components/petitions/sign-form";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { isSigningOpen, loadPetitionPage } from "@/lib/petitions/public-page";
import { getPetitionRetentionDays } from "@/lib/petitions/queries";
import { issueSignToken } from "@/lib/petitions/tokens";
import { isMailEnabled } from "@/lib/mail";
import { getSiteSettings } from "@/lib/settings/queries";
import { petitionPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Every reader gets a form token of their own, so this page is never cached (cache-policy.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const { petition, text, locale } = await loadPetitionPage(lang, slug, "sign");
  return {
    title: `${petitionMessages[locale.lang].formTitle}: ${text.title}`,
    robots: { index: false, follow: true },
    alternates: { canonical: petitionPath(petition.slug, locale) },
  };
}

/** The sign form, with a fresh single-use token; works without JavaScript. */
export default async function SignPage({ params }: Props) {
  const { lang, slug } = await params;
  const { petition, text, locale } = await loadPetitionPage(lang, slug, "sign");
  const [settings, retentionDays] = await Promise.all([
    getSiteSettings(),
    getPetitionRetentionDays(),
  ]);
  const t = petitionMessages[locale.lang];
  const open = isSigningOpen(petition);
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <header lang={text.lang} className="space-y-2">
        <p className="text-accent text-sm font-bold tracking-wide uppercase">{t.formTitle}</p>
        <h1 className="font-serif text-3xl leading-tight font-bold">{text.title}</h1>
        {text.addressee && <p>{t.addressedTo(text.addressee)}</p>}
        <p>
          <a href={petitionPath(petition.slug, locale)} className="text-accent underline">
            {t.backToPetition}
          </a>
        </p>
      </header>
      <PetitionProgress petition={petition} lang={locale.lang} />
      {open && !isMailEnabled() ? (
        <p role="status" className="font-semibold" data-mail-off>
          {t.refusals.mailOff}
        </p>
      ) : open ? (
        <SignForm
          petitionId={petition.id}
          lang={locale.lang}
          token={issueSignToken(petition.id)}
          display={petition.signerDisplay}
        />
      ) : (
        <p className="font-semibold">{t.closedNote}</p>
      )}
      <PetitionPrivacy
        petition={petition}
        lang={locale.lang}
        timeZone={settings.timeZone}
        retentionDays={retentionDays}
      />
    </article>
  );
}
