import { z } from "zod";
import { checkbox } from "@/lib/form-fields";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { IdSchema } from "@/lib/people/schemas";
import { PetitionSettingsSchema } from "@/lib/petitions/settings";

/** The staff forms of petitions: the petition, its delivery, the export and the settings. */

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);

/** One line: spaces at the ends gone, runs of spaces (and line breaks) made one. */
const line = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .default("")
    .transform((value) => value.replace(/\s+/g, " ").trim());

/** Several lines: line ends as "\n", blank lines at both ends gone. */
const lines = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .default("")
    .transform((value) => value.replace(/\r\n?/g, "\n").trim());

const idList = (max: number) =>
  z.preprocess(
    (value): unknown[] =>
      value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
    z.array(IdSchema).max(max),
  );

const PetitionTextInputSchema = z.object({
  title: line(200, "The title"),
  addressee: line(300, "The addressee"),
  /** HTML from the editor; the service sanitizes it. */
  body: z.string().max(200_000, "The text is too long to save.").default(""),
  deliveryNote: lines(2000, "The delivery note"),
});

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** "2026-12-10" that names a real day (not 31 April). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const SIGNER_DISPLAYS = ["FULL_NAME", "INITIALS", "COUNT_ONLY"] as const;
const PETITION_STATUSES = ["DRAFT", "OPEN", "CLOSED", "DELIVERED"] as const;

/** The petition form: everything but the delivery; the id when it is saved again. */
export const PetitionFormSchema = z.object({
  id: z.string().trim().max(64).default(""),
  slug: z.string().trim().max(120, "The slug can be at most 120 characters.").default(""),
  texts: z.partialRecord(languageCode, PetitionTextInputSchema).default({}),
  goal: z
    .string()
    .default("")
    // "10 000" and "10,000" are how people write big numbers.
    .transform((value) => value.replace(/[\s,._\u00a0\u202f']/g, ""))
    .refine(
      (value) => /^\d{1,9}$/.test(value) && Number(value) >= 1,
      "Enter the goal as a whole number of signatures, such as 10000.",
    )
    .transform(Number),
  /** A `datetime-local` value in the site's time zone; the service reads it. */
  endsAt: z
    .string()
    .trim()
    .default("")
    .refine((value) => !value || LOCAL_DATE_TIME.test(value), {
      message: "Enter a date and a time, or leave the end date empty.",
    })
    .transform((value) => value || null),
  hashtag: z
    .string()
    .trim()
    .max(61, "A hashtag can be at most 60 characters.")
    .default("")
    .transform((value) => (value && !value.startsWith("#") ? `#${value}` : value))
    .refine((value) => !value || /^#[\p{L}\p{N}_]{1,60}$/u.test(value), {
      message: "A hashtag is one word after “#”, such as #FreeAles: letters, digits and _ only.",
    }),
  signerDisplay: z.enum(SIGNER_DISPLAYS, { error: "Choose how signers are shown." }),
  status: z.enum(PETITION_STATUSES, { error: "Choose a status." }),
  personIds: idList(500),
  termIds: idList(1000),
});
export type PetitionInput = Omit<z.output<typeof PetitionFormSchema>, "id">;

/** The delivery form: the day it was handed over and the public note in each language. */
export const DeliverFormSchema = z.object({
  id: IdSchema,
  deliveredOn: z
    .string()
    .trim()
    .default("")
    .superRefine((value, context) => {
      if (!value) {
        context.addIssue({
          code: "custom",
          message: "Enter the day the petition was handed over.",
        });
      } else if (!isCalendarDate(value)) {
        context.addIssue({ code: "custom", message: "Enter a real date, such as 2026-12-10." });
      }
    }),
  notes: z.partialRecord(languageCode, lines(2000, "The delivery note")).default({}),
});
export type DeliverInput = Omit<z.output<typeof DeliverFormSchema>, "id">;

/** What the export button sends: emails are left out unless the box is ticked. */
export const ExportFormSchema = z.object({ includeEmails: checkbox });

/** The settings form: an empty field is a mistake, never "0 days". */
export const PetitionSettingsFormSchema = z.object({
  retentionDays: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    PetitionSettingsSchema.shape.retentionDays,
  ),
});
