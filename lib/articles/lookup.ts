import "server-only";
import { cache } from "react";
import { publishedWhere } from "@/lib/articles/queries";
import { articleLang } from "@/lib/articles/view";
import { getDb } from "@/lib/db";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";

/**
 * The id of the published article or page with this slug in this language, or null. Not cached:
 * a miss is never stored under a key a visitor chose (once per request, shared by metadata and
 * page).
 */
export const findPublishedArticleId = cache(
  async (slug: string, kind: ArticleKind, lang: Lang): Promise<string | null> => {
    const row = await getDb().article.findFirst({
      where: { kind, slug, language: lang, ...publishedWhere() },
      select: { id: true },
    });
    return row?.id ?? null;
  },
);

/**
 * A published article with this slug in another language than asked: before the site had
 * languages every article lived without a prefix, so an old link to a Belarusian story lands on
 * the default language's address. Null while an article in the asked language holds the slug in
 * any status (a trashed or unpublished story's address must not move to its translation). Not
 * cached, like the lookup above.
 */
export const findPublishedElsewhere = cache(
  async (slug: string, kind: ArticleKind, notLang: Lang): Promise<Lang | null> => {
    const own = await getDb().article.findFirst({
      where: { kind, slug, language: notLang },
      select: { id: true },
    });
    if (own) return null;
    const row = await getDb().article.findFirst({
      where: { kind, slug, language: { not: notLang }, ...publishedWhere() },
      orderBy: { publishedAt: "asc" },
      select: { language: true },
    });
    return row ? articleLang(row.language) : null;
  },
);
