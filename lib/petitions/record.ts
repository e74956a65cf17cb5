import { z } from "zod";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";

/**
 * The shape of a petition's `texts` column (prisma/schema.prisma: Petition), parsed wherever it
 * is read, so a hand-edited row never breaks a page.
 */

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);

const PetitionTextSchema = z.object({
  title: z.string().default(""),
  /** Whom the petition asks ("The President of …"). */
  addressee: z.string().default(""),
  /** Sanitized HTML (the article allowlist). */
  body: z.string().default(""),
  /** Shown once the petition is delivered: how and to whom it was handed over. */
  deliveryNote: z.string().default(""),
});
export type PetitionText = z.infer<typeof PetitionTextSchema>;

const PetitionTextsSchema = z.partialRecord(languageCode, PetitionTextSchema);
export type PetitionTexts = z.infer<typeof PetitionTextsSchema>;

export function readPetitionTexts(value: unknown): PetitionTexts {
  const parsed = PetitionTextsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/**
 * The petition's text for a reader of `lang`: that language's if it has a title, else the
 * default language's, else any; `lang` says which one it is (for the page's lang attribute).
 */
export function petitionTextIn(
  texts: PetitionTexts,
  lang: Lang,
  defaultLang: Lang,
): PetitionText & { lang: Lang } {
  for (const candidate of [lang, defaultLang, ...LANGUAGE_CODES]) {
    const text = texts[candidate];
    if (text?.title.trim()) return { ...text, lang: candidate };
  }
  return { title: "", addressee: "", body: "", deliveryNote: "", lang };
}

/** The languages a petition has a text in (a title at least). */
export function petitionLanguages(texts: PetitionTexts): Lang[] {
  return LANGUAGE_CODES.filter((lang) => !!texts[lang]?.title.trim());
}

/** "Ales Bialiatski" → "A. B."; one word → "A."; letters of any script. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/u)
    .map((word) => [...word].find((char) => /\p{L}/u.test(char)))
    .filter((char): char is string => !!char)
    .slice(0, 3)
    .map((char) => `${char.toLocaleUpperCase()}.`)
    .join(" ");
}
