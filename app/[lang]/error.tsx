"use client";

import Link from "next/link";
import { useEffect } from "react";
import { chrome } from "@/lib/i18n/messages/chrome";
import { usePageLanguage } from "@/lib/i18n/use-page-language";

export default function SiteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error("Public page failed", error.digest ?? "", error.message);
  }, [error]);
  const { lang, prefix } = usePageLanguage();
  const t = chrome[lang].error;
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t.title}</h1>
      <p className="text-muted mt-4">{t.body}</p>
      <div className="mt-8 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="bg-navy hover:bg-accent rounded px-4 py-2 font-semibold text-white"
        >
          {t.retry}
        </button>
        <Link
          href={prefix || "/"}
          className="border-navy text-navy rounded border px-4 py-2 font-semibold"
        >
          {t.home}
        </Link>
      </div>
    </div>
  );
}
