import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { findPublishedElsewhere } from "@/lib/articles/lookup";
import { getPublishedArticleBySlug, listPublishedTranslations } from "@/lib/articles/queries";
import type { ArticleViewData } from "@/lib/articles/view";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { parseSlugParam } from "@/lib/http/params";
import type { Alternate } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locale";
import { pageLocale } from "@/lib/i18n/page-locale";
import { articlePath } from "@/lib/urls";

export type PublicArticle = { article: ArticleViewData; locale: Locale; alternates: Alternate[] };

/**
 * The published article or background page an address names, in the address's language, with
 * its published translations. A slug published only in another language (an address from before
 * the site had languages) moves there; anything else is a missing page.
 */
export async function loadPublicArticle(
  segment: string,
  rawSlug: string,
  kind: ArticleKind,
): Promise<PublicArticle> {
  const slug = parseSlugParam(rawSlug);
  if (!slug) notFound();
  const locale = await pageLocale(segment, articlePath(kind, slug));
  const article = await getPublishedArticleBySlug(slug, kind, locale.lang);
  // Only unprefixed addresses predate languages: a /be/ or /ru/ address that finds nothing is a
  // 404 in its language, never a jump to a same-slug story in another language.
  if (!article && locale.lang === locale.defaultLang) {
    const elsewhere = await findPublishedElsewhere(slug, kind, locale.lang);
    if (elsewhere && locale.languages.includes(elsewhere)) {
      permanentRedirect(
        articlePath(kind, slug, { lang: elsewhere, defaultLang: locale.defaultLang }),
      );
    }
  }
  if (!article) notFound();
  return { article, locale, alternates: await translationsOf(article, locale) };
}

/** The published versions of an article in the site's languages, itself included. */
async function translationsOf(
  article: Pick<ArticleViewData, "kind" | "slug" | "translationGroupId">,
  locale: Locale,
): Promise<Alternate[]> {
  const self: Alternate = {
    lang: locale.lang,
    path: articlePath(article.kind, article.slug, locale),
  };
  if (!article.translationGroupId) return [self];
  const translations = await listPublishedTranslations(article.translationGroupId);
  return translations
    .filter((translation) => locale.languages.includes(translation.language))
    .map((translation) => ({
      lang: translation.language,
      path: articlePath(translation.kind, translation.slug, {
        lang: translation.language,
        defaultLang: locale.defaultLang,
      }),
    }));
}
