import { LANGUAGES, type Lang } from "@/lib/i18n/languages";

/**
 * A publication date as readers of `lang` see it, in the site's time zone ("23 November 2026",
 * "23 лістапада 2026 г.").
 */
export function formatDate(date: Date, timeZone: string, lang: Lang = "en"): string {
  // Making a formatter costs about 100 times as much as using one: keep one per language and
  // time zone (both come from the site's settings, so there are few).
  const key = `${lang} ${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGES[lang].intl, { dateStyle: "long", timeZone });
    if (dateFormats.size > 64) dateFormats.clear();
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes the entities sanitized HTML text can contain, for text shown through React. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code =
        entity[1] === "x" || entity[1] === "X"
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}
