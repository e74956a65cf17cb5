import type { Metadata } from "next";
import { BadgeByHand } from "@/components/badge/badge-by-hand";
import { BadgeMaker } from "@/components/badge/badge-maker";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { getBadgeFor } from "@/lib/badge/queries";
import { everyLanguage } from "@/lib/i18n/alternates";
import { getMessages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { buildListMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";
import { badgePath } from "@/lib/urls";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale((await params).lang, "/badge");
  const t = getMessages(locale.lang).badge;
  return buildListMetadata(
    {
      title: t.title,
      description: t.intro,
      path: badgePath(locale),
      alternates: everyLanguage(locale, "/badge"),
    },
    await getSiteSettings(),
    locale,
  );
}

/** A file name made of the hashtag's letters that every system accepts ("FreeAles"). */
function fileStem(hashtag: string): string {
  return hashtag.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40) || "badge";
}

/**
 * The campaign's frame around a reader's own photo: made in the browser (the photo never leaves
 * the device), or by hand in any photo app with the frame downloaded from here.
 */
export default async function BadgePage({ params }: Props) {
  const locale = await pageLocale((await params).lang, "/badge");
  const { frame, hashtag } = await getBadgeFor(locale);
  const t = getMessages(locale.lang).badge;
  const stem = fileStem(hashtag);
  return (
    <>
      <LanguageSwitcher locale={locale} alternates={everyLanguage(locale, "/badge")} />
      <div className="max-w-5xl space-y-8">
        <header className="max-w-3xl">
          <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.title}</h1>
          <p className="text-muted mt-3 text-lg leading-relaxed">{t.intro}</p>
        </header>
        {frame ? (
          <div className="grid items-start gap-8 md:grid-cols-2">
            <BadgeMaker
              frame={{ src: frame.src, width: frame.width, height: frame.height }}
              lang={locale.lang}
              fileName={`${stem}-profile-picture.png`}
            />
            <BadgeByHand
              t={t}
              frame={frame}
              frameFileName={`${stem}-frame.png`}
              hashtag={hashtag}
            />
          </div>
        ) : (
          <p className="border-accent rounded border-l-4 bg-white p-4">{t.notSetUp}</p>
        )}
      </div>
    </>
  );
}
