import { LANGUAGES, type Lang } from "@/lib/i18n/languages";

/** The CLDR plural categories the site's languages use; `#` stands for the formatted number. */
export type PluralForms = { one: string; few?: string; many?: string; other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/** A whole number as the language writes it ("1 052" in Belarusian and Russian). */
function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGES[lang].intl);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** The form of a counted phrase the language needs: 1 каментар, 2 каментары, 5 каментароў. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(LANGUAGES[lang].intl);
    rules.set(lang, rule);
  }
  const category = rule.select(count);
  const form =
    (category === "one" && forms.one) ||
    (category === "few" && forms.few) ||
    (category === "many" && forms.many) ||
    forms.other;
  return form.replaceAll("#", formatNumber(lang, count));
}
