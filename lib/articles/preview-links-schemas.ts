import { z } from "zod";
import type { Lang } from "@/lib/i18n/languages";
import { inLanguage } from "@/lib/i18n/locale";

/** How long a shared preview stays open; a week unless staff choose otherwise. */
export const PREVIEW_EXPIRIES = {
  "1h": 60 * 60 * 1000,
  "1d": 24 * 60 * 60 * 1000,
  "7d": 7 * 24 * 60 * 60 * 1000,
  "30d": 30 * 24 * 60 * 60 * 1000,
} as const;

export type PreviewExpiry = keyof typeof PREVIEW_EXPIRIES;

export const DEFAULT_PREVIEW_EXPIRY: PreviewExpiry = "7d";

const EXPIRY_CHOICES = Object.keys(PREVIEW_EXPIRIES) as [PreviewExpiry, ...PreviewExpiry[]];

export const CreatePreviewLinkSchema = z.object({
  articleId: z.string().trim().min(1).max(64),
  expiresIn: z.enum(EXPIRY_CHOICES, { error: "Choose how long the link stays open." }),
  label: z.string().trim().max(120, { error: "Keep the label under 120 characters." }).default(""),
});

export type CreatePreviewLinkInput = z.infer<typeof CreatePreviewLinkSchema>;

export const RevokePreviewLinkSchema = z.object({
  articleId: z.string().trim().min(1).max(64),
  linkId: z.string().trim().min(1).max(64),
});

/** 32 random bytes in base64url: 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const PREVIEW_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Where a shared preview opens: in the article's language, so the chrome is in it too. */
export function previewLinkPath(token: string, language: { lang: Lang; defaultLang: Lang }) {
  return inLanguage(language.lang, language.defaultLang, `/preview/${token}`);
}
