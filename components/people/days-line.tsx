import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { type PersonView, formatCalendarDate } from "@/lib/people/view";

/**
 * "1 052 days behind bars, held since 4 August 2011" or "Free since 21 June 2014, after 1 052
 * days behind bars"; nothing when the timeline records no detention.
 */
export function DaysLine({
  view,
  locale,
  className,
}: {
  view: PersonView;
  locale: Locale;
  className?: string;
}) {
  const t = getMessages(locale.lang).people;
  const { count } = view;
  if (count.periods.length === 0) return null;
  const date = (value: string) => formatCalendarDate(value, locale.lang);
  return (
    <p className={className} data-days={count.days}>
      {count.held ? (
        <>
          <span className="text-accent">{t.daysBehindBars(count.days)}</span>
          {count.heldSince && (
            <span className="text-muted font-normal">, {t.heldSince(date(count.heldSince))}</span>
          )}
        </>
      ) : (
        t.releasedAfter(date(count.releasedOn!), count.days)
      )}
    </p>
  );
}
