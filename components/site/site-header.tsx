import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";
import type { Navigation } from "@/lib/site/queries";
import { articlePath, homePath, peoplePath, petitionPath, searchPath } from "@/lib/urls";

export function SiteHeader({
  settings,
  navigation,
  locale,
}: {
  settings: SiteSettings;
  navigation: Navigation;
  locale: Locale;
}) {
  const t = getMessages(locale.lang).site;
  const texts = siteTexts(settings, locale.lang);
  return (
    <>
      <a
        href="#main"
        className="text-ink sr-only z-50 rounded bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t.skipToContent}
      </a>
      <header className="border-accent bg-navy border-b-4 text-white">
        <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-3 sm:gap-4 sm:py-5 md:flex-row md:items-end md:justify-between">
          <div>
            <Link
              href={homePath(locale)}
              className="font-serif text-xl leading-tight font-bold sm:text-3xl"
            >
              {texts.title}
            </Link>
            {texts.tagline && (
              <p className="mt-1 hidden max-w-xl text-sm text-slate-200 sm:block">
                {texts.tagline}
              </p>
            )}
          </div>
          <form
            action={searchPath(locale)}
            method="get"
            role="search"
            className="flex w-full gap-2 sm:max-w-xs md:w-auto"
          >
            <label htmlFor="site-search" className="sr-only">
              {t.searchLabel}
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              maxLength={200}
              placeholder={t.searchPlaceholder}
              className="text-ink min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-sm placeholder:text-slate-500"
            />
            <button
              type="submit"
              className="bg-accent hover:bg-accent-dark rounded px-3 py-2 text-sm font-semibold"
            >
              {t.search}
            </button>
          </form>
        </div>
        {/* On a phone the links are one row that scrolls sideways (the news stays in view however
            many pages a site has); from the small breakpoint up they wrap. */}
        <nav aria-label={t.mainNavigation} className="border-t border-white/15">
          <ul className="mx-auto flex max-w-5xl gap-x-4 gap-y-0 overflow-x-auto px-4 py-1 text-sm font-semibold whitespace-nowrap sm:flex-wrap sm:gap-x-5 sm:overflow-visible sm:py-2 sm:whitespace-normal">
            <li>
              <Link href={homePath(locale)} className="inline-block py-1 hover:underline">
                {t.home}
              </Link>
            </li>
            {navigation.hasPeople && (
              <li>
                <Link href={peoplePath(locale)} className="inline-block py-1 hover:underline">
                  {getMessages(locale.lang).people.nav}
                </Link>
              </li>
            )}
            {navigation.hasPetitions && (
              <li>
                <Link
                  href={petitionPath(undefined, locale)}
                  className="inline-block py-1 hover:underline"
                >
                  {petitionMessages[locale.lang].nav}
                </Link>
              </li>
            )}
            {navigation.pages.map((page) => (
              <li key={page.slug}>
                <Link
                  href={articlePath("PAGE", page.slug, locale)}
                  className="inline-block py-1 hover:underline"
                >
                  {page.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
