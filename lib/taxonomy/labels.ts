import type { Taxonomy } from "@/lib/generated/prisma/enums";

/** What Prisma selects for a term that is shown to readers in some language. */
export const termLabelSelect = {
  taxonomy: true,
  name: true,
  slug: true,
  description: true,
  translations: { select: { language: true, name: true, slug: true, description: true } },
} as const;

type LabelledTerm = {
  name: string;
  slug: string;
  description: string;
  translations: { language: string; name: string; slug: string; description: string }[];
};

export type TermLabel = { name: string; slug: string; description: string };

/**
 * A term's name, slug and description in `lang`: its translation when it has one, else its own
 * fields (written in the site's default language).
 */
export function labelIn(term: LabelledTerm, lang: string): TermLabel {
  const own = term.translations.find((translation) => translation.language === lang);
  return own
    ? { name: own.name, slug: own.slug, description: own.description }
    : { name: term.name, slug: term.slug, description: term.description };
}

/** The shape readers' views keep of a term (plain data, through the cache's JSON). */
export type TermRef = { taxonomy: Taxonomy; name: string; slug: string };

export function termRefIn(term: LabelledTerm & { taxonomy: Taxonomy }, lang: string): TermRef {
  const { name, slug } = labelIn(term, lang);
  return { taxonomy: term.taxonomy, name, slug };
}
