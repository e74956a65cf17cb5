import type { Metadata } from "next";
import { ShareLinks } from "@/components/site/share-links";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { loadPetitionPage } from "@/lib/petitions/public-page";
import { absoluteUrl, petitionPath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const { petition, locale } = await loadPetitionPage(lang, slug, "signed");
  return {
    title: petitionMessages[locale.lang].checkTitle,
    robots: { index: false, follow: true },
    alternates: { canonical: petitionPath(petition.slug, locale) },
  };
}

/**
 * Where every signature lands, new or repeated: the same page for everyone, so it tells no one
 * whether an address had signed. Check your email, then share.
 */
export default async function SignedPage({ params }: Props) {
  const { lang, slug } = await params;
  const { petition, text, locale } = await loadPetitionPage(lang, slug, "signed");
  const t = petitionMessages[locale.lang];
  const url = absoluteUrl(petitionPath(petition.slug, locale));
  return (
    <article className="mx-auto max-w-2xl space-y-6" data-signed-page>
      <h1 className="text-3xl font-bold">{t.checkTitle}</h1>
      <p className="text-lg">{t.checkBody}</p>
      <section aria-labelledby="then-share" className="space-y-2">
        <h2 id="then-share" className="text-xl font-bold">
          {t.shareTitle}
        </h2>
        {petition.hashtag && (
          <p className="text-lg font-semibold" data-hashtag>
            {t.shareHashtag(petition.hashtag)}
          </p>
        )}
      </section>
      <ShareLinks
        url={url}
        title={[text.title, petition.hashtag].filter(Boolean).join(" ")}
        lang={locale.lang}
      />
      <p>
        <a href={petitionPath(petition.slug, locale)} className="text-accent underline">
          {t.backToPetition}
        </a>
      </p>
    </article>
  );
}
