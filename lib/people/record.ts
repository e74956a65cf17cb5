import { z } from "zod";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";

/**
 * The shapes of a person's JSON columns (prisma/schema.prisma: Person, PersonEvent,
 * PersonStatus), parsed wherever they are read, so a hand-edited row never breaks a page: what
 * does not fit is dropped.
 */

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);

/** A text by language code: {"en": "Ales Bialiatski", "be": "Алесь Бяляцкі"}. */
export const TextsByLanguageSchema = z.partialRecord(languageCode, z.string());
export type TextsByLanguage = z.infer<typeof TextsByLanguageSchema>;

export const ChargeSchema = z.object({
  /** The article of the criminal code, as courts cite it ("Art. 243 part 2"). */
  article: z.string(),
  /** What it says, in staff's words ("tax evasion on an especially large scale"). */
  text: z.string(),
});
export type Charge = z.infer<typeof ChargeSchema>;

const EventTextsSchema = z.object({
  place: z.string().default(""),
  note: z.string().default(""),
  /** For a verdict: the sentence. */
  sentence: z.string().default(""),
});
export type EventTexts = z.infer<typeof EventTextsSchema>;

export const EventTextsByLanguageSchema = z.partialRecord(languageCode, EventTextsSchema);
export type EventTextsByLanguage = z.infer<typeof EventTextsByLanguageSchema>;

export function readTexts(value: unknown): TextsByLanguage {
  const parsed = TextsByLanguageSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function readCharges(value: unknown): Charge[] {
  const parsed = z.array(ChargeSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readEventTexts(value: unknown): EventTextsByLanguage {
  const parsed = EventTextsByLanguageSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/**
 * A text in `lang`, or in the default language when `lang` has none (or a blank one), or the
 * first language that has one. `lang` says which language the text actually is in, so the
 * page can mark it.
 */
export function textIn(
  texts: TextsByLanguage,
  lang: Lang,
  defaultLang: Lang,
): { text: string; lang: Lang } {
  for (const candidate of [lang, defaultLang, ...LANGUAGE_CODES]) {
    const text = texts[candidate]?.trim();
    if (text) return { text, lang: candidate };
  }
  return { text: "", lang };
}

/** One event's place, note and sentence in `lang`, each falling back like `textIn`. */
export function eventTextsIn(texts: EventTextsByLanguage, lang: Lang, defaultLang: Lang) {
  const field = (name: keyof EventTexts) =>
    textIn(
      Object.fromEntries(Object.entries(texts).map(([code, value]) => [code, value?.[name] ?? ""])),
      lang,
      defaultLang,
    );
  return { place: field("place"), note: field("note"), sentence: field("sentence") };
}

/** The kinds of timeline event, in the order the editor offers them. */
export const EVENT_KINDS = [
  "DETAINED",
  "CHARGED",
  "TRIAL",
  "VERDICT",
  "TRANSFERRED",
  "PUNISHMENT_CELL",
  "RELEASED",
  "REARRESTED",
  "OTHER",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A DATE column as "YYYY-MM-DD" (it arrives as midnight UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A timeline event row as pages, forms and revisions read it. */
export function readEvent(row: { date: Date; kind: EventKind; texts: unknown; sourceUrl: string }) {
  return {
    date: isoDate(row.date),
    kind: row.kind,
    texts: readEventTexts(row.texts),
    sourceUrl: row.sourceUrl,
  };
}

/** An address row as pages, forms and revisions read it. */
export function readAddress<Script extends string>(row: {
  address: string;
  script: Script;
  latin: string;
  validFrom: Date;
  lastVerified: Date | null;
}) {
  return {
    address: row.address,
    script: row.script,
    latin: row.latin,
    validFrom: isoDate(row.validFrom),
    lastVerified: row.lastVerified ? isoDate(row.lastVerified) : null,
  };
}
