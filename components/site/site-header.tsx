import Link from "next/link";
import { messages } from "@/lib/i18n/messages";
import type { SiteSettings } from "@/lib/settings/schemas";

export function SiteHeader({ settings }: { settings: SiteSettings }) {
  return (
    <>
      <a
        href="#main"
        className="text-ink sr-only z-50 bg-white px-4 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {messages.site.skipToContent}
      </a>
      <header className="border-accent bg-navy border-b-4 text-white">
        <div className="mx-auto max-w-5xl px-4 py-6">
          <Link href="/" className="font-serif text-2xl font-bold sm:text-3xl">
            {settings.title}
          </Link>
          <p className="mt-1 text-sm text-slate-200 sm:text-base">{settings.tagline}</p>
        </div>
      </header>
    </>
  );
}
