import Link from "next/link";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Previous / next links; `hrefFor(page)` keeps the page's other filters. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = staffMessages().common.pagination;
  const linkClass = "rounded border border-line bg-white px-3 py-2 font-semibold";
  return (
    <nav aria-label={t.label} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          {t.previous}
        </Link>
      ) : null}
      <span>{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          {t.next}
        </Link>
      ) : null}
    </nav>
  );
}
