"use client";

import { NotFoundContent } from "@/components/site/not-found-content";
import { usePageLanguage } from "@/lib/i18n/use-page-language";

/**
 * A missing page reached inside the app (a link followed with JavaScript), drawn in the site
 * layout. Addresses typed or followed without JavaScript get the server's page-not-found.
 */
export default function NotFound() {
  const { lang, prefix } = usePageLanguage();
  return <NotFoundContent lang={lang} homeHref={prefix || "/"} searchHref={`${prefix}/search`} />;
}
