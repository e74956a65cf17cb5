import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

type Props = {
  locale: Locale;
  page: number;
  totalPages: number;
  /** The URL of a page number (page 1 is the unpaged URL). */
  hrefFor: (page: number) => string;
  /** "date": lists newest first (newer/older); "relevance": search results (previous/next). */
  order?: "date" | "relevance";
};

/** Newer/older links with the position between them; plain links, so it works without JavaScript. */
export function Pagination({ page, totalPages, hrefFor, order = "date", locale }: Props) {
  if (totalPages <= 1) return null;
  const t = getMessages(locale.lang).pagination;
  const back = order === "date" ? t.newer : t.previousShort;
  const forward = order === "date" ? t.older : t.nextShort;
  const linkClass =
    "rounded border border-line bg-white px-4 py-2 font-semibold hover:border-accent hover:text-accent";
  return (
    <nav aria-label={t.label} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {back}
          {order === "date" && <span className="sr-only"> ({t.previous})</span>}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted" aria-current="page">
        {t.pageOf(page, totalPages)}
      </p>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {forward} →{order === "date" && <span className="sr-only"> ({t.next})</span>}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
