import type { Lang } from "@/lib/i18n/languages";
import { mirrorMessages } from "@/lib/i18n/messages/mirrors";
import { readerAddresses } from "@/lib/settings/mirrors";
import { getMirrorSettings } from "@/lib/settings/queries";

const link = "text-ink hover:text-accent font-semibold break-all underline underline-offset-4";

/**
 * "Blocked? Read us here" in the footer: the site's mirrors as links, and its onion address as a
 * link and as text to copy into Tor Browser. Nothing when the site has neither.
 */
export async function ReadUsHere({ lang }: { lang: Lang }) {
  const addresses = readerAddresses(await getMirrorSettings());
  if (!addresses) return null;
  const { mirrors, onion } = addresses;
  const t = mirrorMessages[lang];
  return (
    <section aria-labelledby="read-us-here-title" className="border-line border-t">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-sm">
        <h2 id="read-us-here-title" className="text-ink text-sm font-bold tracking-wide uppercase">
          {t.heading}
        </h2>
        {mirrors.length > 0 ? (
          <div>
            <p className="text-muted">{t.mirrorsIntro}</p>
            <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              {mirrors.map((mirror) => (
                <li key={mirror.href}>
                  <a href={mirror.href} className={link} translate="no">
                    {mirror.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {onion ? (
          <div>
            <a href={onion.href} className={link}>
              {t.onionLink}
            </a>
            <p className="text-muted mt-2">{t.onionCopy}</p>
            <code
              className="border-line bg-paper text-ink mt-1 block w-fit max-w-full rounded border px-2 py-1 font-mono break-all select-all"
              translate="no"
            >
              {onion.href}
            </code>
          </div>
        ) : null}
      </div>
    </section>
  );
}
