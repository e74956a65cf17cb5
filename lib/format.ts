/** A publication date as readers see it, in the site's time zone ("23 November 2026"). */
export function formatDate(date: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
}
