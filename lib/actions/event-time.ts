import { parseLocalDateTime } from "@/lib/articles/schemas";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";

/**
 * An event's wall-clock time in the site's time zone as a moment (for `<time datetime>`) and as
 * readers of `lang` write it, with the zone's short name: "Thursday, 10 December 2026 at 18:00
 * GMT+3". Null for a time that does not exist there.
 */
export function eventMoment(
  local: string,
  timeZone: string,
  lang: Lang,
): { iso: string; text: string } | null {
  const date = parseLocalDateTime(local, timeZone);
  if (!date) return null;
  const text = new Intl.DateTimeFormat(LANGUAGES[lang].intl, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
  return { iso: date.toISOString(), text };
}
