import { type Alternate, languageLinks } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

/**
 * The site's languages as plain links (no JavaScript): to this page's translation where one is
 * published, else to that language's home page. Each link is marked with its language.
 */
export function LanguageSwitcher({
  locale,
  alternates,
}: {
  locale: Locale;
  alternates: Alternate[];
}) {
  if (locale.languages.length < 2) return null;
  const t = getMessages(locale.lang).language;
  return (
    <nav aria-label={t.switcher} className="mb-6 flex justify-end text-sm" data-language-switcher>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {languageLinks(locale, alternates).map((link) => (
          <li key={link.lang}>
            {link.isCurrent ? (
              <span lang={link.lang} aria-current="page" className="font-bold">
                {link.name}
              </span>
            ) : (
              <a
                href={link.href}
                lang={link.lang}
                hrefLang={link.lang}
                rel={link.isTranslation ? "alternate" : undefined}
                title={
                  link.isTranslation ? undefined : getMessages(link.lang).language.homeIn(link.name)
                }
                className="text-accent underline-offset-4 hover:underline"
              >
                {link.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
