import type { Metadata } from "next";
import { unsubscribeAction } from "@/app/[lang]/comments/unsubscribe/actions";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { readUnsubscribeToken } from "@/lib/comments/tokens";
import { everyLanguage } from "@/lib/i18n/alternates";
import { languagePrefix } from "@/lib/i18n/locale";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale((await params).lang, "/comments/unsubscribe", await searchParams);
  return {
    title: commentMessages[locale.lang].unsubscribe.title,
    robots: { index: false, follow: false },
  };
}

/** Opening the emailed link only asks; the POST unsubscribes (mail scanners follow links). */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const query = await searchParams;
  const locale = await pageLocale((await params).lang, "/comments/unsubscribe", query);
  const t = commentMessages[locale.lang].unsubscribe;
  const token = typeof query.token === "string" ? query.token : "";
  const email = readUnsubscribeToken(token);
  // The same page in the other languages, the emailed token kept.
  const alternates = everyLanguage(
    locale,
    token ? `/comments/unsubscribe?token=${encodeURIComponent(token)}` : "/comments/unsubscribe",
  );
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <LanguageSwitcher locale={locale} alternates={alternates} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {query.done === "1" ? (
        <p role="status">{t.done}</p>
      ) : email ? (
        <form action={unsubscribeAction} className="space-y-4">
          <p>{t.ask}</p>
          <input type="hidden" name="token" value={token} />
          <input
            type="hidden"
            name="prefix"
            value={languagePrefix(locale.lang, locale.defaultLang).slice(1)}
          />
          <button type="submit" className="bg-accent rounded px-5 py-2 font-semibold text-white">
            {t.submit}
          </button>
        </form>
      ) : (
        <p role="alert">{t.invalid}</p>
      )}
    </div>
  );
}
