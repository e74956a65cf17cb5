import { z } from "zod";

/**
 * An action box as article bodies store it: one empty `<aside data-action="…" data-…>` per box,
 * its attributes validated here on every read and write (sanitizer, editor, public page, the
 * main-action setting), so a box that fails them is never shown.
 */

export const ACTION_KINDS = ["petition", "write", "donate", "share", "event"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The attribute names a box may carry, besides `data-action`. */
export const ACTION_ATTRIBUTES = [
  "data-action",
  "data-petition",
  "data-person",
  "data-href",
  "data-label",
  "data-text",
  "data-hashtag",
  "data-title",
  "data-date",
  "data-place",
] as const;

// Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
const compact = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, "");

/** An absolute http(s) address, or a path on this site ("/take-action"), nothing else. */
function isActionHref(value: string): boolean {
  const url = compact(value);
  if (url.startsWith("/")) return !url.startsWith("//") && !url.includes("\\");
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    return !!new URL(url).hostname;
  } catch {
    return false;
  }
}

/** One line of text: spaces collapsed, no control characters, at most `max` characters. */
const line = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim())
    .pipe(z.string().max(max));

/** Ids are Prisma's cuids: lower-case letters and digits only. */
const id = z.string().regex(/^[a-z0-9]{8,40}$/);
const href = z.string().trim().max(500).refine(isActionHref);
const optionalHref = z.union([z.literal(""), href]).default("");
const hashtag = z
  .string()
  .trim()
  .transform((value) => (value.startsWith("#") ? value : `#${value}`))
  .pipe(z.string().regex(/^#[\p{L}\p{N}_]{1,60}$/u));

/** A wall-clock time in the site's time zone, as `datetime-local` gives it: 2026-12-10T18:00. */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/)
  .refine((value) => {
    const date = new Date(`${value}:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 16) === value;
  });

export const ActionBoxSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("petition"), petition: id }),
  z.object({ kind: z.literal("write"), person: id }),
  z.object({
    kind: z.literal("donate"),
    href,
    label: line(60).default(""),
    text: line(280).default(""),
  }),
  z.object({ kind: z.literal("share"), hashtag, text: line(280).default("") }),
  z.object({
    kind: z.literal("event"),
    title: line(120).pipe(z.string().min(1)),
    date: localDateTime,
    place: line(160).default(""),
    href: optionalHref,
  }),
]);
export type ActionBox = z.infer<typeof ActionBoxSchema>;

/** The fields of each kind other than `kind`, as the markup names them (`data-<field>`). */
export const KIND_FIELDS = {
  petition: ["petition"],
  write: ["person"],
  donate: ["href", "label", "text"],
  share: ["hashtag", "text"],
  event: ["title", "date", "place", "href"],
} as const satisfies Record<ActionKind, readonly string[]>;

/** A box from an element's attributes (`data-action`, `data-petition` …), or null if invalid. */
export function parseActionAttributes(
  attributes: Record<string, string | undefined>,
): ActionBox | null {
  const kind = attributes["data-action"];
  if (!kind || !(ACTION_KINDS as readonly string[]).includes(kind)) return null;
  const fields: Record<string, string> = { kind };
  for (const field of KIND_FIELDS[kind as ActionKind]) {
    const value = attributes[`data-${field}`];
    if (value !== undefined) fields[field] = value;
  }
  const parsed = ActionBoxSchema.safeParse(fields);
  return parsed.success ? parsed.data : null;
}

/** The attributes a box is stored with: `data-action` and its non-empty fields, in order. */
export function actionAttributes(box: ActionBox): Record<string, string> {
  const attributes: Record<string, string> = { "data-action": box.kind };
  for (const field of KIND_FIELDS[box.kind]) {
    const value = (box as Record<string, string>)[field];
    if (value) attributes[`data-${field}`] = value;
  }
  return attributes;
}

/** What a box points to, so the same petition or person is not offered twice on a page. */
export function actionKey(box: ActionBox): string {
  if (box.kind === "petition") return `petition:${box.petition}`;
  if (box.kind === "write") return `write:${box.person}`;
  return JSON.stringify(box);
}
