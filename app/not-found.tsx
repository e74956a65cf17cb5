import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { messages } from "@/lib/i18n/messages";
import { getSiteSettings } from "@/lib/settings/queries";
import { getNavigation } from "@/lib/site/queries";

export const metadata: Metadata = { title: messages.notFound.title, robots: { index: false } };

/** An address no route knows: the site's chrome is drawn here, as no site layout wraps it. */
export default async function NotFound() {
  const [settings, navigation] = await Promise.all([getSiteSettings(), getNavigation()]);
  return (
    <>
      <SiteHeader settings={settings} navigation={navigation} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        <NotFoundContent />
      </main>
      <SiteFooter settings={settings} navigation={navigation} />
    </>
  );
}
