import Link from "next/link";
import { AddressBlock } from "@/components/people/address-block";
import { CopyButton } from "@/components/people/copy-button";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { type PersonView, formatCalendarDate } from "@/lib/people/view";
import { postcardPath } from "@/lib/urls";

/**
 * "Write to <name>", for a person held today: the current address as the post needs it, with
 * its Latin form and a copy button, the staff's guidance on what to write, and the postcard.
 */
export function WriteTo({
  view,
  locale,
  guidance,
}: {
  view: PersonView;
  locale: Locale;
  guidance: { lines: string[]; lang: Locale["lang"] };
}) {
  const t = getMessages(locale.lang).people;
  const address = view.currentAddress;
  const date = (value: string) => formatCalendarDate(value, locale.lang);
  return (
    <section
      id="write"
      aria-labelledby="write-heading"
      className="border-accent rounded border-2 bg-white p-5"
    >
      <h2 id="write-heading" className="font-serif text-2xl font-bold">
        {t.writeTo(view.name.text)}
      </h2>
      {address ? (
        <>
          <h3 className="mt-4 font-semibold">{t.address}</h3>
          <p className="text-muted text-sm">{t.addressScript[address.script]}</p>
          <AddressBlock
            address={address}
            latinLabel={t.latin}
            className="bg-paper mt-3 rounded p-4"
          />
          <p className="text-muted mt-2 text-sm">
            {t.validFrom(date(address.validFrom))}
            {address.lastVerified && `, ${t.lastVerified(date(address.lastVerified))}`}
          </p>
          <CopyButton text={address.address} lang={locale.lang} />
          <p className="mt-4">
            <Link
              href={postcardPath(view.person.slug, locale)}
              className="bg-accent inline-block rounded px-4 py-2 font-semibold text-white hover:opacity-90"
            >
              {t.printPostcard}
            </Link>
          </p>
        </>
      ) : (
        <p className="mt-3">{t.noAddress(view.name.text)}</p>
      )}
      {guidance.lines.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">{t.guidance}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5" lang={guidance.lang}>
            {guidance.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
