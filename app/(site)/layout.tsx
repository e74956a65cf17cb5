import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { getSiteSettings } from "@/lib/settings/queries";
import { getNavigation } from "@/lib/site/queries";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, navigation] = await Promise.all([getSiteSettings(), getNavigation()]);
  return (
    <>
      <SiteHeader settings={settings} navigation={navigation} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} navigation={navigation} />
    </>
  );
}
