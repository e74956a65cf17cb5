import Link from "next/link";
import { BoxFrame, primaryLink, secondaryLink } from "@/components/actions/box-frame";
import { AddressBlock } from "@/components/people/address-block";
import { PersonCard } from "@/components/people/person-card";
import type { LetterGuidance } from "@/lib/actions/queries";
import type { Locale } from "@/lib/i18n/locale";
import { actionMessages } from "@/lib/i18n/messages/actions";
import { getMessages } from "@/lib/i18n/messages";
import type { PersonView } from "@/lib/people/view";
import { personPath, postcardPath } from "@/lib/urls";

/**
 * "Write to …" for a person held today: their card (left out where the article's person cards
 * already show it), the current address with its Latin form, the staff's advice folded away, and
 * links to the profile and the printable postcard.
 */
export function WriteBox({
  id,
  view,
  locale,
  guidance,
  withCard = true,
  level,
}: {
  id: string;
  view: PersonView;
  locale: Locale;
  guidance: LetterGuidance;
  withCard?: boolean;
  level?: "h2" | "h3";
}) {
  const t = getMessages(locale.lang).people;
  const address = view.currentAddress;
  return (
    <BoxFrame
      id={id}
      kind="write"
      lang={locale.lang}
      heading={t.writeTo(view.name.text)}
      level={level}
    >
      {withCard ? (
        <div className="mt-3">
          <PersonCard view={view} locale={locale} headingLevel="h3" />
        </div>
      ) : (
        <p className="text-muted mt-1 text-sm">{actionMessages[locale.lang].writeToday}</p>
      )}
      {address ? (
        <>
          <p className="mt-3 text-sm font-semibold">{t.address}</p>
          <AddressBlock
            address={address}
            latinLabel={t.latin}
            className="bg-paper mt-1 rounded p-3"
          />
        </>
      ) : (
        <p className="mt-3">{t.noAddress(view.name.text)}</p>
      )}
      {guidance.lines.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">{t.guidance}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" lang={guidance.lang}>
            {guidance.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        {address && (
          <Link href={postcardPath(view.person.slug, locale)} className={primaryLink}>
            {t.printPostcard}
          </Link>
        )}
        <Link href={`${personPath(view.person.slug, locale)}#write`} className={secondaryLink}>
          {actionMessages[locale.lang].profileAndAdvice}
        </Link>
      </p>
    </BoxFrame>
  );
}
