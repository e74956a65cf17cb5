import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { messages } from "@/lib/i18n/messages";
import { getSiteSettings } from "@/lib/settings/queries";
import { getNavigation } from "@/lib/site/queries";

export const metadata = { title: messages.notFound.title, robots: { index: false } };

export default async function NotFound() {
  const t = messages.notFound;
  const [settings, navigation] = await Promise.all([getSiteSettings(), getNavigation()]);
  return (
    <>
      <SiteHeader settings={settings} navigation={navigation} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-2xl px-4 py-20 text-center focus:outline-none"
      >
        <p className="text-accent text-sm font-bold tracking-widest uppercase">404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">{t.title}</h1>
        <p className="text-muted mt-4 text-lg">{t.body}</p>
        <p className="mt-8">
          <Link
            href="/"
            className="bg-navy hover:bg-accent rounded px-5 py-3 font-semibold text-white"
          >
            {t.backHome}
          </Link>
        </p>
        <form
          action="/search"
          method="get"
          role="search"
          className="mx-auto mt-10 flex max-w-md gap-2"
        >
          <label htmlFor="notfound-search" className="sr-only">
            {messages.site.searchLabel}
          </label>
          <span aria-hidden className="text-muted self-center text-sm">
            {t.orSearch}
          </span>
          <input
            id="notfound-search"
            name="q"
            type="search"
            maxLength={200}
            className="border-line min-w-0 flex-1 rounded border bg-white px-3 py-2"
          />
          <button
            type="submit"
            className="border-navy text-navy rounded border px-3 py-2 font-semibold"
          >
            {messages.site.search}
          </button>
        </form>
      </main>
      <SiteFooter settings={settings} navigation={navigation} />
    </>
  );
}
