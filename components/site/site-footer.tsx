import Link from "next/link";
import { messages } from "@/lib/i18n/messages";
import type { SiteSettings } from "@/lib/settings/schemas";
import type { Navigation } from "@/lib/site/queries";
import { articlePath, termPath } from "@/lib/urls";

export function SiteFooter({
  settings,
  navigation,
}: {
  settings: SiteSettings;
  navigation: Navigation;
}) {
  const t = messages.site;
  const columns = [
    {
      heading: t.browseCategories,
      links: navigation.categories.map((c) => ({ ...c, href: termPath("CATEGORY", c.slug) })),
    },
    {
      heading: t.browseRegions,
      links: navigation.regions.map((r) => ({ ...r, href: termPath("REGION", r.slug) })),
    },
    {
      heading: t.background,
      links: navigation.pages.map((p) => ({ ...p, href: articlePath("PAGE", p.slug) })),
    },
  ];
  return (
    <footer className="border-line mt-16 border-t bg-white">
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
      <div className="border-line border-t">
        <div className="text-muted mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm">
          <p>
            <span className="text-ink font-semibold">{settings.title}</span>. {t.footerNote}
          </p>
          <a href="/feed.xml" className="hover:text-accent underline underline-offset-4">
            {t.feed}
          </a>
        </div>
      </div>
    </footer>
  );
}
