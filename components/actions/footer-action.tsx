import Link from "next/link";
import { externalHost } from "@/components/actions/box-frame";
import type { FooterShown } from "@/lib/actions/page-actions";
import { eventMoment } from "@/lib/actions/event-time";
import { loadFooterAction } from "@/lib/actions/page-actions";
import type { Lang } from "@/lib/i18n/languages";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { actionMessages } from "@/lib/i18n/messages/actions";
import { isSigningOpen } from "@/lib/petitions/public-page";
import { petitionTextIn } from "@/lib/petitions/record";
import { buildShareLinks } from "@/lib/share/links";
import { absoluteUrl, homePath, personPath, petitionPath } from "@/lib/urls";

const link = "text-accent hover:text-accent-dark font-semibold underline underline-offset-4";

/** The campaign's main action in one line, in the footer of every page. */
export async function FooterAction({ locale, timeZone }: { locale: Locale; timeZone: string }) {
  const footer = await loadFooterAction(locale);
  if (!footer) return null;
  return (
    <section
      aria-labelledby="footer-action-title"
      className="border-line bg-paper border-b"
      data-footer-action={footer.shown.kind}
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-4 gap-y-2 px-4 py-5">
        <h2
          id="footer-action-title"
          className="text-accent text-xs font-bold tracking-widest uppercase"
        >
          {actionMessages[locale.lang].mainAction}
        </h2>
        <FooterLine
          shown={footer.shown}
          locale={locale}
          textLang={footer.lang}
          timeZone={timeZone}
        />
      </div>
    </section>
  );
}

function FooterLine({
  shown,
  locale,
  textLang,
  timeZone,
}: {
  shown: FooterShown;
  locale: Locale;
  textLang: Lang;
  timeZone: string;
}) {
  const lang = locale.lang;
  const t = actionMessages[lang];
  const words = textLang === lang ? undefined : textLang;
  switch (shown.kind) {
    case "petition": {
      const { petition } = shown;
      const text = petitionTextIn(petition.texts, lang, locale.defaultLang);
      const open = isSigningOpen(petition);
      return (
        <p className="min-w-0 break-words">
          <Link
            href={petitionPath(petition.slug, locale, open ? "sign" : undefined)}
            className={link}
          >
            {open ? t.footerSign(text.title) : text.title}
          </Link>
        </p>
      );
    }
    case "write":
      return (
        <p className="min-w-0">
          <Link href={`${personPath(shown.view.person.slug, locale)}#write`} className={link}>
            {getMessages(lang).people.writeTo(shown.view.name.text)}
          </Link>
        </p>
      );
    case "donate": {
      const host = externalHost(shown.href);
      return (
        <p className="min-w-0 break-words">
          <a
            href={shown.href}
            rel={host ? "noopener noreferrer" : undefined}
            className={link}
            lang={shown.label ? words : undefined}
          >
            {shown.label || t.donateDefault}
          </a>{" "}
          <span className="text-muted text-sm">{host ? t.moneyElsewhere(host) : t.moneyNever}</span>
        </p>
      );
    }
    case "share":
      return (
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
          <p className="font-semibold">{t.shareWith(shown.hashtag)}</p>
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {buildShareLinks(
              absoluteUrl(homePath(locale)),
              [shown.text, shown.hashtag].filter(Boolean).join(" "),
            )
              .filter((share) => share.network !== "Email")
              .map((share) => (
                <li key={share.network}>
                  <a href={share.href} rel="noopener noreferrer nofollow" className={link}>
                    {share.network}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      );
    case "event": {
      const moment = eventMoment(shown.date, timeZone, lang);
      const title = <span lang={words}>{shown.title}</span>;
      return (
        <p className="min-w-0 break-words">
          {shown.href ? (
            <a
              href={shown.href}
              rel={externalHost(shown.href) ? "noopener noreferrer" : undefined}
              className={link}
            >
              {title}
            </a>
          ) : (
            <strong>{title}</strong>
          )}{" "}
          <span className="text-muted text-sm">
            {moment ? <time dateTime={moment.iso}>{moment.text}</time> : shown.date}
            {shown.place && <span lang={words}> · {shown.place}</span>}
          </span>
        </p>
      );
    }
  }
}
