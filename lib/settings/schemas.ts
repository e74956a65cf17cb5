import { z } from "zod";
import { checkbox } from "@/lib/form-fields";
import { LANGUAGE_CODES, type Lang, isLang } from "@/lib/i18n/languages";

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

const languageCode = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]);

/** The site's name and descriptions in one language other than the default. */
const SiteTextsSchema = z.object({
  title: z.string().trim().max(120),
  tagline: z.string().trim().max(200),
  description: z.string().trim().max(500),
});
export type SiteTexts = z.infer<typeof SiteTextsSchema>;

export const SiteSettingsSchema = z.object({
  title: z.string().trim().min(1).max(120),
  tagline: z.string().trim().max(200),
  description: z.string().trim().max(500),
  timeZone: z.string().trim().min(1),
  /** The language of the unprefixed addresses; title, tagline and description are written in it. */
  defaultLanguage: languageCode,
  /** Every language the public site has, the default included, in the switcher's order. */
  languages: z.array(languageCode).min(1),
  /** The title, tagline and description in the other languages; a blank one uses the default's. */
  translations: z.partialRecord(languageCode, SiteTextsSchema),
  /** The colour of the generated icons and of the browser's toolbar on phones. */
  accentColor: z.string().regex(HEX_COLOR),
  /** An image from the media library used for the icons and the publisher logo; "" for none. */
  logoMediaId: z.string().max(64),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const defaultSiteSettings: SiteSettings = {
  title: "Free Ales Bialiatski",
  tagline: "News from the campaign for Ales Bialiatski and all political prisoners in Belarus",
  description:
    "Campaign news, statements and background on Ales Bialiatski, the Human Rights Centre Viasna and the defence of human rights in Belarus.",
  timeZone: "Europe/Minsk",
  defaultLanguage: "en",
  languages: ["en", "be", "ru"],
  translations: {
    be: {
      title: "Свабоду Алесю Бяляцкаму",
      tagline: "Навіны кампаніі за вызваленне Алеся Бяляцкага і ўсіх палітвязняў Беларусі",
      description:
        "Навіны кампаніі, заявы і даведка пра Алеся Бяляцкага, Праваабарончы цэнтр «Вясна» і абарону правоў чалавека ў Беларусі.",
    },
    ru: {
      title: "Свободу Алесю Беляцкому",
      tagline: "Новости кампании за освобождение Алеся Беляцкого и всех политзаключённых Беларуси",
      description:
        "Новости кампании, заявления и справка об Алесе Беляцком, Правозащитном центре «Весна» и защите прав человека в Беларуси.",
    },
  },
  accentColor: "#a4161a",
  logoMediaId: "",
};

export const SETTING_KEYS = { site: "site", comments: "comments", mirrors: "mirrors" } as const;

/**
 * Stored site settings read field by field (a field missing or no longer valid gets its
 * default). A site saved before it had several languages kept one `language` code: it becomes
 * the default language, and the site's only one.
 */
export function readSiteSettings(stored: unknown): SiteSettings {
  const settings = withDefaults(SiteSettingsSchema, defaultSiteSettings, stored);
  const legacy =
    (stored as { language?: unknown; defaultLanguage?: unknown; languages?: unknown } | null) ?? {};
  if (legacy.defaultLanguage === undefined && isLang(legacy.language)) {
    settings.defaultLanguage = legacy.language;
  }
  // Saved before the site had languages: it keeps its one language, and never takes the demo's
  // Belarusian and Russian texts (staff add languages in Settings).
  if (stored && typeof stored === "object" && legacy.languages === undefined) {
    settings.languages = [settings.defaultLanguage];
    settings.translations = {};
  }
  if (!settings.languages.includes(settings.defaultLanguage)) {
    settings.languages = [settings.defaultLanguage, ...settings.languages];
  }
  return settings;
}

/** The site's name, tagline and description as a page in `lang` shows them. */
export function siteTexts(settings: SiteSettings, lang: Lang): SiteTexts {
  const own = lang === settings.defaultLanguage ? undefined : settings.translations[lang];
  return {
    title: own?.title || settings.title,
    tagline: own?.tagline || settings.tagline,
    description: own?.description || settings.description,
  };
}

/** A time zone name the runtime knows ("Europe/Minsk"). */
function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const SiteSettingsFormSchema = z.object({
  title: z.string().trim().min(1, "Enter the site title.").max(120, "Use at most 120 characters."),
  tagline: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  description: z.string().trim().max(500, "Use at most 500 characters.").default(""),
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose a time zone.")
    .refine(isValidTimeZone, "Unknown time zone: use a name such as Europe/Minsk."),
  accentColor: z
    .string()
    .trim()
    .regex(HEX_COLOR, "Use a colour written as #rrggbb, such as #a4161a.")
    .transform((value) => value.toLowerCase()),
});

const languageChoice = z.enum(LANGUAGE_CODES as [Lang, ...Lang[]], {
  error: "Choose one of the languages listed.",
});

/** The languages form: which languages the site has, the default, and their site texts. */
export const LanguageSettingsFormSchema = z
  .object({
    defaultLanguage: languageChoice,
    languages: z.array(languageChoice).min(1, "Choose at least one language."),
    translations: z.partialRecord(
      languageChoice,
      z.object({
        title: z.string().trim().max(120, "Use at most 120 characters.").default(""),
        tagline: z.string().trim().max(200, "Use at most 200 characters.").default(""),
        description: z.string().trim().max(500, "Use at most 500 characters.").default(""),
      }),
    ),
  })
  .refine((value) => value.languages.includes(value.defaultLanguage), {
    path: ["defaultLanguage"],
    message: "The default language must be one of the site's languages.",
  })
  .transform((value) => ({
    ...value,
    // In the switcher's fixed order, the default first.
    languages: [
      value.defaultLanguage,
      ...LANGUAGE_CODES.filter(
        (code) => code !== value.defaultLanguage && value.languages.includes(code),
      ),
    ],
  }));

/** The comment rules, stored under the Setting key "comments". */
export const CommentSettingsSchema = z.object({
  requireApproval: z.boolean(),
  autoApproveKnown: z.boolean(),
  staffAutoApprove: z.boolean(),
  /** 0: comments never close automatically. */
  closeAfterDays: z.number().int().min(0).max(3650),
  maxDepth: z.number().int().min(1).max(10),
  perPage: z.number().int().min(5).max(500),
  maxLength: z.number().int().min(100).max(20_000),
  holdWords: z.array(z.string().trim().min(1).max(100)).max(500),
  spamWords: z.array(z.string().trim().min(1).max(100)).max(500),
  ipRetentionDays: z.number().int().min(1).max(365),
  humanCheck: z.boolean(),
});
export type CommentSettings = z.infer<typeof CommentSettingsSchema>;

export const defaultCommentSettings: CommentSettings = {
  requireApproval: true,
  autoApproveKnown: false,
  staffAutoApprove: true,
  closeAfterDays: 0,
  maxDepth: 5,
  perPage: 50,
  maxLength: 5000,
  holdWords: [],
  spamWords: [],
  ipRetentionDays: 30,
  humanCheck: true,
};

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be between ${min} and ${max}.`)
    .max(max, `${label} must be between ${min} and ${max}.`);

/** One word or phrase per line (commas also separate); case is kept, blanks dropped. */
const wordList = z
  .string()
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? "")
        .split(/[\n,]/)
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(100, "Keep each word or phrase under 100 characters."))
      .max(500, "Use at most 500 entries."),
  );

/** What the comment rules form sends (checkboxes are "on" or absent). */
export const CommentSettingsFormSchema = z.object({
  requireApproval: checkbox,
  autoApproveKnown: checkbox,
  staffAutoApprove: checkbox,
  closeAfterDays: wholeNumber("Days", 0, 3650),
  maxDepth: wholeNumber("Reply depth", 1, 10),
  perPage: wholeNumber("Comments per page", 5, 500),
  maxLength: wholeNumber("Maximum length", 100, 20_000),
  holdWords: wordList,
  spamWords: wordList,
  ipRetentionDays: wholeNumber("Days", 1, 365),
  humanCheck: checkbox,
}) satisfies z.ZodType<CommentSettings, unknown>;

/** A stored settings value read field by field: fields missing or no longer valid get defaults. */
export function withDefaults<T extends Record<string, unknown>>(
  schema: z.ZodObject<Record<string, z.ZodType>>,
  defaults: T,
  value: unknown,
): T {
  const stored = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(schema.shape)) {
    if (key in stored && field.safeParse(stored[key]).success) merged[key] = stored[key];
  }
  return merged as T;
}
