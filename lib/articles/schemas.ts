import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { checkbox } from "@/lib/form-fields";

const text = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .default("")
    .transform((value) => value.trim());

const idList = z.preprocess(
  (value): unknown[] =>
    value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
  z.array(z.string().trim().min(1).max(64)).max(100),
);

const TAG_NAME_MAX = 60;

/** "Belarus, Viasna , viasna" -> ["Belarus", "Viasna"] (case-insensitive duplicates dropped). */
export function parseTagNames(value: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of value.split(/[,\n]/)) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

const ArticleKindSchema = z.enum(["POST", "PAGE"]);

/** What the editor form sends; the service sanitizes body and excerpt and derives the slug. */
export const ArticleInputSchema = z.object({
  kind: ArticleKindSchema.default("POST"),
  title: z
    .string({ error: "Give the article a title." })
    .trim()
    .min(1, "Give the article a title.")
    .max(300, "The title can be at most 300 characters."),
  slug: text(200, "The slug"),
  excerpt: text(2000, "The excerpt"),
  body: z.string().max(1_000_000, "The text is too long to save.").default(""),
  coverImageId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
  coverCaption: text(500, "The caption"),
  coverCredit: text(300, "The credit"),
  categoryIds: idList,
  regionIds: idList,
  /** The people the article is about; left out, the links stay as they are. */
  personIds: idList.optional(),
  tags: z
    .string()
    .max(2000, "Too many tags.")
    .default("")
    .transform(parseTagNames)
    .refine((names) => names.every((name) => name.length <= TAG_NAME_MAX), {
      message: `A tag can be at most ${TAG_NAME_MAX} characters.`,
    }),
  isFeatured: checkbox,
  commentsOpen: checkbox,
  seoTitle: text(200, "The SEO title"),
  seoDescription: text(400, "The SEO description"),
  language: z
    .string()
    .trim()
    .default("en")
    .pipe(
      z.enum(LANGUAGE_CODES as [Lang, ...Lang[]], { error: "Choose one of the site's languages." }),
    ),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

const SAVE_INTENTS = ["save", "submit", "publish", "schedule", "unpublish"] as const;
export type SaveIntent = (typeof SAVE_INTENTS)[number];

/** The editor form as a whole: the article plus which button was pressed. */
export const SaveArticleFormSchema = ArticleInputSchema.extend({
  id: z.string().trim().max(64).optional(),
  expectedUpdatedAt: z
    .string()
    .optional()
    .transform((value) => (value ? new Date(value) : undefined))
    .refine((value) => value === undefined || !Number.isNaN(value.getTime()), {
      message: "The form is damaged; reload the page.",
    }),
  /** Ticked after a conflict to save over the other person's version on purpose. */
  overwriteWith: z
    .string()
    .optional()
    .transform((value) => (value ? new Date(value) : undefined))
    .refine((value) => value === undefined || !Number.isNaN(value.getTime()), {
      message: "The form is damaged; reload the page.",
    }),
  intent: z.enum(SAVE_INTENTS).default("save"),
  scheduleAt: z.string().trim().optional(),
});

/**
 * A `datetime-local` value ("2026-12-01T10:30") read as a wall-clock time in `timeZone`, or null
 * when it is not a valid date and time.
 */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new TZDate(year!, month! - 1, day!, hour!, minute!, second ?? 0, timeZone);
  if (date.getMonth() !== month! - 1 || date.getDate() !== day!) return null;
  return new Date(date.getTime());
}

/** The `datetime-local` value of `date` as a wall clock in `timeZone`. */
export function formatLocalDateTime(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(
    local.getHours(),
  )}:${pad(local.getMinutes())}`;
}

export const ArticleListFiltersSchema = z.object({
  kind: ArticleKindSchema.catch("POST"),
  status: z
    .enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "TRASH"])
    .optional()
    .catch(undefined),
  author: z.string().max(64).optional().catch(undefined),
  category: z.string().max(64).optional().catch(undefined),
  tag: z.string().max(64).optional().catch(undefined),
  region: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["updated", "published", "title"]).catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ArticleListFilters = z.infer<typeof ArticleListFiltersSchema>;

export const ArticleIdsSchema = z
  .array(z.string().trim().min(1).max(64))
  .min(1, "Select at least one article.")
  .max(200, "Select at most 200 articles at once.");
