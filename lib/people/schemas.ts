import { z } from "zod";
import { checkbox } from "@/lib/form-fields";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { dayNumber } from "@/lib/people/days";
import {
  type Charge,
  EVENT_KINDS,
  type TextsByLanguage,
  TextsByLanguageSchema,
} from "@/lib/people/record";

/** The staff forms of people, their timeline, addresses, statuses and the letter guidance. */

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);
/** A row id sent by a form. */
export const IdSchema = z.string().trim().min(1).max(64);
const id = IdSchema;

/** Line ends as "\n", spaces at the ends of every line and blank lines at both ends gone. */
function tidyLines(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

const text = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .default("")
    .transform(tidyLines);

const idList = (max: number) =>
  z.preprocess(
    (value): unknown[] =>
      value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
    z.array(id).max(max),
  );

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date ("2021-07-14") from 1900 to 2100. */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2100) return false;
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

const NOT_A_DATE = "Enter a real date, such as 2021-07-14.";

const requiredDate = (missing: string) =>
  z
    .string()
    .trim()
    .default("")
    .superRefine((value, context) => {
      if (!value) context.addIssue({ code: "custom", message: missing });
      else if (!isCalendarDate(value)) context.addIssue({ code: "custom", message: NOT_A_DATE });
    });

const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => !value || isCalendarDate(value), NOT_A_DATE)
  .transform((value) => value || null);

/** A whole number typed in a form, or null when left empty. */
const optionalWhole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((value) => !value || (/^\d+$/.test(value) && +value >= min && +value <= max), message)
    .transform((value) => (value ? Number(value) : null));

/** Non-empty lines, each trimmed, duplicates (in any case) dropped. */
function distinctLines(value: string): string[] {
  const seen = new Set<string>();
  return tidyLines(value)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " "))
    .filter((line) => {
      const key = line.toLowerCase();
      if (!line || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "Art. 243 part 2 — tax evasion": split at the first dash with spaces round it (or — / –). */
const CHARGE_SEPARATOR = /\s*[—–]\s*|\s+-\s+/;

function parseCharges(value: string): Charge[] {
  return distinctLines(value).map((line) => {
    const match = CHARGE_SEPARATOR.exec(line);
    if (!match) return { article: line, text: "" };
    return {
      article: line.slice(0, match.index).trim(),
      text: line.slice(match.index + match[0].length).trim(),
    };
  });
}

/** The charges as the form's textarea shows them, one per line. */
export function formatCharges(charges: Charge[]): string {
  return charges
    .map((charge) => (charge.text ? `${charge.article} — ${charge.text}`.trim() : charge.article))
    .join("\n");
}

function daysInMonth(month: number, year: number | null): number {
  // Without a year, 29 February is a birthday that exists.
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

const personFields = {
  slug: z.string().trim().max(120, "The slug can be at most 120 characters.").default(""),
  names: z.partialRecord(languageCode, text(200, "A name")).default({}),
  spellings: z
    .string()
    .max(5000, "Too many spellings.")
    .default("")
    .transform(distinctLines)
    .refine((lines) => lines.length <= 50, "Give at most 50 spellings.")
    .refine((lines) => lines.every((line) => line.length <= 200), {
      message: "A spelling can be at most 200 characters.",
    }),
  photoId: z
    .string()
    .trim()
    .max(64)
    .default("")
    .transform((value) => value || null),
  photoCredit: text(300, "The photo credit"),
  birthYear: optionalWhole(1900, 2100, "Enter the year of birth as four digits, such as 1962."),
  birthMonth: optionalWhole(1, 12, "Choose a month."),
  birthDay: optionalWhole(1, 31, "Enter a day from 1 to 31."),
  showBirthday: checkbox,
  bios: z.partialRecord(languageCode, text(5000, "A biography")).default({}),
  statusId: z.string({ error: "Choose a status." }).trim().min(1, "Choose a status.").max(64),
  charges: z
    .string()
    .max(20_000, "The charges are too long to save.")
    .default("")
    .transform(parseCharges)
    .refine((charges) => charges.length <= 50, "Give at most 50 charges.")
    .refine(
      (charges) => charges.every((charge) => charge.article.length <= 200),
      "The article of the code can be at most 200 characters (write it, a dash, then the charge).",
    ),
  regionIds: idList(100),
  articleIds: idList(500),
  published: checkbox,
};

type BirthParts = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

function birthRules(person: BirthParts & { showBirthday: boolean }, context: z.RefinementCtx) {
  const { birthYear: year, birthMonth: month, birthDay: day } = person;
  if (day !== null && month === null) {
    context.addIssue({
      code: "custom",
      path: ["birthMonth"],
      message: "A day of birth needs its month.",
    });
  } else if (day !== null && month !== null && day > daysInMonth(month, year)) {
    context.addIssue({
      code: "custom",
      path: ["birthDay"],
      message: `That month has ${daysInMonth(month, year)} days${year ? ` in ${year}` : ""}.`,
    });
  }
  if (person.showBirthday && (day === null || month === null)) {
    context.addIssue({
      code: "custom",
      path: ["showBirthday"],
      message: "To show the birthday, give its day and month.",
    });
  }
}

/** The person form: the record, and its id when it is saved again. */
export const PersonFormSchema = z
  .object({ ...personFields, id: z.string().trim().max(64).default("") })
  .superRefine(birthRules);
export type PersonInput = Omit<z.output<typeof PersonFormSchema>, "id">;

const eventTexts = z.object({
  place: text(300, "The place"),
  note: text(2000, "The note"),
  sentence: text(500, "The sentence"),
});

const sourceUrl = z
  .string()
  .trim()
  .max(2000, "The source address can be at most 2000 characters.")
  .default("")
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, "Enter the source's web address, starting with http:// or https://.");

const EventInputSchema = z.object({
  personId: id,
  date: requiredDate("Enter the date it happened."),
  kind: z.enum(EVENT_KINDS, { error: "Choose what happened." }),
  texts: z.partialRecord(languageCode, eventTexts).default({}),
  sourceUrl,
});
export type EventInput = z.output<typeof EventInputSchema>;

/** The event form: the event, and its id when an existing one is corrected. */
export const EventFormSchema = EventInputSchema.extend({
  eventId: z.string().trim().max(64).default(""),
});

export const AddressInputSchema = z.object({
  personId: id,
  address: text(2000, "The address").refine(
    (value) => value.length > 0,
    "Enter the address as the envelope carries it.",
  ),
  script: z.enum(["CYRILLIC", "LATIN"], { error: "Choose the script the address is written in." }),
  latin: text(2000, "The Latin transliteration"),
  validFrom: requiredDate("Enter the date from which letters go to this address."),
  lastVerified: optionalDate,
});
export type AddressInput = z.output<typeof AddressInputSchema>;

export const AddressVerifiedSchema = z.object({
  personId: id,
  addressId: id,
  lastVerified: optionalDate,
});

const StatusInputSchema = z.object({
  key: z.string().trim().max(60, "The key can be at most 60 characters.").default(""),
  names: z
    .partialRecord(languageCode, text(100, "A status name"))
    .default({})
    .refine((names) => !!names.en, {
      message: "Give the status a name in English.",
      path: ["en"],
    }),
  isHeld: checkbox,
  position: z
    .string()
    .trim()
    .default("")
    .refine(
      (value) => !value || /^-?\d{1,4}$/.test(value),
      "Enter a whole number (lower comes first).",
    )
    .transform((value) => (value ? Number(value) : 0)),
});
export type StatusInput = z.output<typeof StatusInputSchema>;

export const StatusFormSchema = StatusInputSchema.extend({
  id: z.string().trim().max(64).default(""),
});

/** The Setting row holding the letter-writing guidance. */
export const LETTERS_SETTING_KEY = "letters";

export const LetterGuidanceInputSchema = z.object({
  guidance: z.partialRecord(languageCode, text(10_000, "The guidance")).default({}),
});

/** The stored guidance by language (one piece of advice per line); what does not fit is dropped. */
export function readLetterGuidance(value: unknown): TextsByLanguage {
  const parsed = z.object({ guidance: TextsByLanguageSchema }).safeParse(value);
  return parsed.success ? parsed.data.guidance : {};
}
