import Link from "next/link";
import type { Lang } from "@/lib/i18n/languages";
import { chrome } from "@/lib/i18n/messages/chrome";

/**
 * What a reader sees for a page that does not exist, in their language: where to go instead,
 * and a search box. Plain markup, so the server page and the in-app not-found share it.
 */
export function NotFoundContent({
  lang,
  homeHref,
  searchHref,
}: {
  lang: Lang;
  homeHref: string;
  searchHref: string;
}) {
  const { notFound: t, site } = chrome[lang];
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <p className="text-accent text-sm font-bold tracking-widest uppercase">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t.title}</h1>
      <p className="text-muted mt-4 text-lg">{t.body}</p>
      <p className="mt-8">
        <Link
          href={homeHref}
          className="bg-navy hover:bg-accent rounded px-5 py-3 font-semibold text-white"
        >
          {t.backHome}
        </Link>
      </p>
      <form
        action={searchHref}
        method="get"
        role="search"
        className="mx-auto mt-10 flex max-w-md gap-2"
      >
        <label htmlFor="notfound-search" className="sr-only">
          {site.searchLabel}
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
          {site.search}
        </button>
      </form>
    </div>
  );
}
