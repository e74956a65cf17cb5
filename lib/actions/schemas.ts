import { z } from "zod";
import {
  ACTION_KINDS,
  type ActionBox,
  ActionBoxSchema,
  type ActionKind,
  KIND_FIELDS,
  parseActionAttributes,
} from "@/lib/actions/box";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** The Setting row that names the campaign's current main action. */
export const MAIN_ACTION_SETTING_KEY = "mainAction";

/** The fields staff type in words, which readers of other languages may get translated. */
export const TEXT_FIELDS = ["label", "text", "title", "place"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const TextsSchema = z.object(
  Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, z.string().trim().max(280).default("")]),
  ) as Record<TextField, z.ZodDefault<z.ZodString>>,
);

const BoxSchema = z.unknown().transform((value, context): ActionBox => {
  const record = (value ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  for (const [key, field] of Object.entries(record)) {
    if (typeof field === "string")
      attributes[key === "kind" ? "data-action" : `data-${key}`] = field;
  }
  const box = parseActionAttributes(attributes);
  if (!box) {
    context.addIssue({ code: "custom", message: "not an action box" });
    return z.NEVER;
  }
  return box;
});

/**
 * The main action as stored: one box (or none), its words in the site's default language, and
 * optional translations of those words for the other languages.
 */
const MainActionSchema = z.object({
  box: BoxSchema.nullable().default(null),
  translations: z
    .partialRecord(z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]), TextsSchema)
    .default({}),
});
export type MainAction = z.infer<typeof MainActionSchema>;

const NO_MAIN_ACTION: MainAction = { box: null, translations: {} };

/** The stored value read safely: anything that no longer validates means no main action. */
export function readMainAction(value: unknown): MainAction {
  const parsed = MainActionSchema.safeParse(value);
  return parsed.success ? parsed.data : NO_MAIN_ACTION;
}

/**
 * The main action's box for a reader of `lang`: the words translated where staff gave a
 * translation, and the language they are in.
 */
export function mainActionIn(
  main: MainAction,
  lang: Lang,
  defaultLang: Lang,
): { box: ActionBox; lang: Lang } | null {
  if (!main.box) return null;
  const own = lang === defaultLang ? undefined : main.translations[lang];
  const fields = KIND_FIELDS[main.box.kind] as readonly string[];
  const translated = TEXT_FIELDS.filter((field) => fields.includes(field) && own?.[field]);
  if (!own || translated.length === 0) return { box: main.box, lang: defaultLang };
  const box = { ...main.box } as Record<string, string>;
  for (const field of translated) box[field] = own[field];
  return { box: box as ActionBox, lang };
}

const field = z.string().trim().default("");

/** Every field a box of some kind has, besides its kind. */
export const BOX_FIELDS = [
  "petition",
  "person",
  "href",
  "label",
  "text",
  "hashtag",
  "title",
  "date",
  "place",
] as const;

/** The staff form: a kind ("" for none), every kind's fields, and translations as `be.label` …. */
export const MainActionFormSchema = z
  .object({
    kind: z.enum(["", ...ACTION_KINDS]).default(""),
    petition: field,
    person: field,
    href: field,
    label: field,
    text: field,
    hashtag: field,
    title: field,
    date: field,
    place: field,
    translations: z.record(z.string(), TextsSchema.partial()).default({}),
  })
  .transform((input, context): MainAction => {
    if (input.kind === "") return NO_MAIN_ACTION;
    const kind: ActionKind = input.kind;
    const fields = Object.fromEntries(KIND_FIELDS[kind].map((name) => [name, input[name]]));
    const parsed = ActionBoxSchema.safeParse({ kind, ...fields });
    if (!parsed.success) {
      const t = staffMessages().actions.errors;
      const names = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "kind")));
      for (const name of names) {
        const message = t[name as keyof typeof t] ?? t.kind;
        context.addIssue({ code: "custom", path: [name], message });
      }
      return z.NEVER;
    }
    const translations: MainAction["translations"] = {};
    for (const lang of LANGUAGE_CODES) {
      const kept = TextsSchema.safeParse(input.translations[lang] ?? {});
      if (kept.success && TEXT_FIELDS.some((name) => kept.data[name]))
        translations[lang] = kept.data;
    }
    return { box: parsed.data, translations };
  });
