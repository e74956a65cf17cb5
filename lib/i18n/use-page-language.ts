"use client";

import { useParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { type Lang, isLang } from "@/lib/i18n/languages";

const noSubscription = () => () => {};

/**
 * The language of the page a client component is on (404 and error pages, which get no
 * params): the address's prefix, else the document's language (the default language, which the
 * site layout wrote into <html lang>); English while rendering on the server without either.
 */
export function usePageLanguage(): { lang: Lang; prefix: string } {
  const params = useParams<{ lang?: string }>();
  const documentLang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "",
  );
  if (params?.lang && isLang(params.lang)) return { lang: params.lang, prefix: `/${params.lang}` };
  return { lang: isLang(documentLang) ? documentLang : "en", prefix: "" };
}
