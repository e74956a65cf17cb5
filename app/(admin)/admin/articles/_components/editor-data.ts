import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { ArticleFormData } from "@/app/(admin)/admin/articles/_components/article-form";
import { listPetitionChoices } from "@/lib/actions/staff-queries";
import { listMediaForPicker } from "@/lib/articles/admin-queries";
import { formatLocalDateTime } from "@/lib/articles/schemas";
import type { Actor } from "@/lib/auth/permissions";
import { getEnv, getSiteUrl } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { LANGUAGES } from "@/lib/i18n/languages";
import { listPeopleChoices } from "@/lib/people/staff-queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { listTermsForAdmin, orderAsTree } from "@/lib/taxonomy/queries";

/**
 * What every editor page needs besides the article: term lists, people, petitions, the recent
 * images' names (the cover's select without JavaScript; the media dialog loads images itself),
 * the upload limit, site URL and time zone.
 */
export async function loadEditorOptions(actor: Actor) {
  const [terms, media, settings, people, petitions] = await Promise.all([
    listTermsForAdmin(actor),
    listMediaForPicker(actor),
    getSiteSettings(),
    listPeopleChoices(actor),
    listPetitionChoices(actor),
  ]);
  const coverChoices = media.map((item) => ({
    id: item.id,
    label: item.altText || item.originalName,
  }));
  return {
    categories: orderAsTree(terms.filter((t) => t.taxonomy === "CATEGORY")).map((t) => ({
      id: t.id,
      name: t.name,
      depth: t.depth,
    })),
    regions: terms.filter((t) => t.taxonomy === "REGION").map((t) => ({ id: t.id, name: t.name })),
    people,
    petitions,
    images: { coverChoices, maxBytes: getEnv().MEDIA_MAX_BYTES },
    siteUrl: getSiteUrl(),
    timeZone: settings.timeZone,
    languages: settings.languages.map((code) => ({ code, name: LANGUAGES[code].englishName })),
    defaultLanguage: settings.defaultLanguage,
  };
}

export function emptyArticle(kind: "POST" | "PAGE", language: string): ArticleFormData {
  return {
    kind,
    status: "DRAFT",
    title: "",
    slug: "",
    excerpt: "",
    body: "",
    coverImageId: "",
    coverCaption: "",
    coverCredit: "",
    categoryIds: [],
    regionIds: [],
    personIds: [],
    tags: "",
    isFeatured: false,
    commentsOpen: kind === "POST",
    seoTitle: "",
    seoDescription: "",
    language,
    scheduleAt: "",
  };
}

/** Turns the service's expected errors into the 404 / 403 pages. */
export function pageErrorOf(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
  throw error;
}

export function scheduleValue(publishedAt: Date | null, timeZone: string): string {
  return publishedAt ? formatLocalDateTime(publishedAt, timeZone) : "";
}
