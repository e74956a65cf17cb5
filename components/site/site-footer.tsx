import Link from "next/link";
import { FooterAction } from "@/components/actions/footer-action";
import { ReadUsHere } from "@/components/site/read-us-here";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { type SiteSettings, siteTexts } from "@/lib/settings/schemas";
import type { Navigation } from "@/lib/site/queries";
import { articlePath, badgePath, feedPaths, termPath } from "@/lib/urls";

export function SiteFooter({
  settings,
  navigation,
  locale,
}: {
  settings: SiteSettings;
  navigation: Navigation;
  locale: Locale;
}) {
  const t = getMessages(locale.lang).site;
  const columns = [
    {
      heading: t.browseCategories,
      links: navigation.categories.map((c) => ({
        ...c,
        href: termPath("CATEGORY", c.slug, locale),
      })),
    },
    {
      heading: t.browseRegions,
      links: navigation.regions.map((r) => ({ ...r, href: termPath("REGION", r.slug, locale) })),
    },
    {
      heading: t.background,
      links: navigation.pages.map((p) => ({ ...p, href: articlePath("PAGE", p.slug, locale) })),
    },
  ];
  return (
    <footer className="border-line mt-16 border-t bg-white">
      <FooterAction locale={locale} timeZone={settings.timeZone} />
      <nav
        aria-label={t.footerNavigation}
        className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-3"
      >
        {columns.map((column) => (
          <div key={column.heading}>
            <h2 className="text-ink text-sm font-bold tracking-wide uppercase">{column.heading}</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="text-muted hover:text-accent underline-offset-4 hover:underline"
                  >
                    {link.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <ReadUsHere lang={locale.lang} />
      <div className="border-line border-t">
        <div className="text-muted mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm">
          <p>
            <span className="text-ink font-semibold">{siteTexts(settings, locale.lang).title}</span>
            . {t.footerNote}
          </p>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            <Link
              href={badgePath(locale)}
              className="hover:text-accent underline underline-offset-4"
            >
              {getMessages(locale.lang).badge.nav}
            </Link>
            <a
              href={feedPaths.site(locale)}
              className="hover:text-accent underline underline-offset-4"
            >
              {t.feed}
            </a>
          </div>
        </div>
      </div>
    </footer>
  );
}
