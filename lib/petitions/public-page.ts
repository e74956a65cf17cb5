import "server-only";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { parseSlugParam } from "@/lib/http/params";
import type { Locale } from "@/lib/i18n/locale";
import { pageLocale } from "@/lib/i18n/page-locale";
import { type PetitionText, petitionTextIn } from "@/lib/petitions/record";
import { getDb } from "@/lib/db";
import { getPublicPetition } from "@/lib/petitions/queries";
import type { Lang } from "@/lib/i18n/languages";
import { petitionPath } from "@/lib/urls";

export type PetitionPage = {
  petition: NonNullable<Awaited<ReturnType<typeof getPublicPetition>>>;
  text: PetitionText & { lang: Lang };
  locale: Locale;
};

/**
 * The petition an address names, in the address's language (its text falls back to the site's
 * default language); a missing page for an unknown slug or a draft. `step` is the part after the
 * slug ("sign", "signed"). Once per request: the page and its metadata share the look-up.
 */
export const loadPetitionPage = cache(async function loadPetitionPage(
  segment: string,
  rawSlug: string,
  step?: "sign" | "signed",
): Promise<PetitionPage> {
  const slug = parseSlugParam(rawSlug);
  if (slug === null) notFound();
  const locale = await pageLocale(segment, petitionPath(slug, undefined, step));
  // The cache is keyed by slugs that exist, never by whatever a visitor typed: this look-up is
  // not cached (it runs only when the page itself is rendered, not when it is served cached).
  const known = await getDb().petition.findFirst({
    where: { slug: { equals: slug, mode: "insensitive" }, status: { not: "DRAFT" } },
    select: { slug: true },
  });
  if (!known) notFound();
  if (known.slug !== slug) permanentRedirect(petitionPath(known.slug, locale, step));
  const petition = await getPublicPetition(known.slug);
  if (!petition) notFound();
  return {
    petition,
    text: petitionTextIn(petition.texts, locale.lang, locale.defaultLang),
    locale,
  };
});

/** Whether a petition takes signatures right now (open, and its end date not passed). */
export function isSigningOpen(
  petition: { status: string; endsAt: string | null },
  now = new Date(),
): boolean {
  return petition.status === "OPEN" && (!petition.endsAt || new Date(petition.endsAt) > now);
}
