import "server-only";
import type { Locale } from "@/lib/i18n/locale";
import { getLetterGuidance } from "@/lib/people/guidance";
import { textIn } from "@/lib/people/record";

/** The letter-writing advice a page in `locale` shows: one item per line, in the language it is in. */
export async function letterGuidanceIn(locale: Locale) {
  const shown = textIn(await getLetterGuidance(), locale.lang, locale.defaultLang);
  return {
    lang: shown.lang,
    lines: shown.text
      .split("\n")
      .map((line) => line.replace(/^\s*[-•*]\s*/, "").trim())
      .filter(Boolean),
  };
}
