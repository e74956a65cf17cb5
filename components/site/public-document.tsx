import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import type { Locale } from "@/lib/i18n/locale";
import { getSiteSettings } from "@/lib/settings/queries";
import { getNavigation } from "@/lib/site/queries";

/**
 * The public site's document in one language: header, main, footer. The public pages' root
 * layout and the staff preview's (which shows an article as readers will see it) both use it.
 */
export async function PublicDocument({
  locale,
  children,
}: {
  locale: Locale;
  children: ReactNode;
}) {
  const [settings, navigation] = await Promise.all([getSiteSettings(), getNavigation(locale.lang)]);
  return (
    <html lang={locale.lang}>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader settings={settings} navigation={navigation} locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter settings={settings} navigation={navigation} locale={locale} />
      </body>
    </html>
  );
}
