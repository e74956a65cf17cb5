import "server-only";
import { cachedQuery } from "@/lib/cache";
import { publishedWhere } from "@/lib/articles/queries";
import { articleLang } from "@/lib/articles/view";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Alternate, hreflangAlternates } from "@/lib/i18n/alternates";
import type { Lang } from "@/lib/i18n/languages";
import { inLanguage } from "@/lib/i18n/locale";
import type { SitemapEntry } from "@/lib/seo/sitemap";
import { labelIn, termLabelSelect } from "@/lib/taxonomy/labels";
import { articlePath, badgePath, peoplePath, personPath, petitionPath, termPath } from "@/lib/urls";
import { BADGE_SETTING_KEY, readBadgeSettings } from "@/lib/badge/schemas";

type Site = { defaultLanguage: Lang; languages: Lang[] };

/**
 * Every public URL worth indexing, in every site language: each language's home page, each
 * published article and background page, and each term archive with news in that language,
 * dated by their latest change (an archive by its newest published article). Each entry lists
 * its published versions in the other languages (hreflang), exactly as its page's head does.
 */
export async function listSitemapEntries(
  site: Site,
  { now = new Date(), db = getDb() }: { now?: Date; db?: PrismaClient } = {},
): Promise<SitemapEntry[]> {
  const { defaultLanguage: defaultLang, languages } = site;
  const locale = { defaultLang, languages };
  const [articles, terms, people, petitions, badge] = await Promise.all([
    db.article.findMany({
      where: { ...publishedWhere(now), language: { in: languages } },
      orderBy: [{ kind: "asc" }, { publishedAt: "desc" }, { id: "asc" }],
      select: {
        kind: true,
        slug: true,
        language: true,
        translationGroupId: true,
        updatedAt: true,
      },
    }),
    db.term.findMany({
      where: { articles: { some: { kind: "POST", ...publishedWhere(now) } } },
      orderBy: [{ taxonomy: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        updatedAt: true,
        ...termLabelSelect,
        articles: {
          where: { kind: "POST", ...publishedWhere(now), language: { in: languages } },
          select: { language: true, updatedAt: true },
        },
      },
    }),
    db.person.findMany({
      where: { published: true },
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
    db.petition.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
    db.setting.findUnique({ where: { key: BADGE_SETTING_KEY } }),
  ]);
  const hasBadge = !!badge && Object.keys(readBadgeSettings(badge.value).frames).length > 0;

  const pathOf = (article: (typeof articles)[number]) =>
    articlePath(article.kind, article.slug, { lang: articleLang(article.language), defaultLang });
  const groups = new Map<string, Alternate[]>();
  for (const article of articles) {
    if (!article.translationGroupId) continue;
    const group = groups.get(article.translationGroupId) ?? [];
    group.push({ lang: articleLang(article.language), path: pathOf(article) });
    groups.set(article.translationGroupId, group);
  }

  const newestPost = new Map<string, Date>();
  for (const article of articles) {
    if (article.kind !== "POST") continue;
    const current = newestPost.get(article.language);
    if (!current || current < article.updatedAt)
      newestPost.set(article.language, article.updatedAt);
  }
  const homes = languages.map((lang) => ({ lang, path: inLanguage(lang, defaultLang, "/") }));

  const termEntries = terms.flatMap((term) => {
    const byLanguage = new Map<string, Date>();
    for (const article of term.articles) {
      const current = byLanguage.get(article.language);
      if (!current || current < article.updatedAt)
        byLanguage.set(article.language, article.updatedAt);
    }
    const versions = languages
      .filter((lang) => byLanguage.has(lang))
      .map((lang) => ({
        lang,
        path: inLanguage(lang, defaultLang, termPath(term.taxonomy, labelIn(term, lang).slug)),
      }));
    const alternates = hreflangAlternates(locale, versions);
    return versions.map((version) => {
      const newest = byLanguage.get(version.lang)!;
      return {
        path: version.path,
        lastModified: new Date(Math.max(newest.getTime(), term.updatedAt.getTime())).toISOString(),
        alternates,
      };
    });
  });

  return [
    ...homes.map((home) => ({
      path: home.path,
      lastModified: newestPost.get(home.lang)?.toISOString() ?? null,
      alternates: hreflangAlternates(locale, homes),
    })),
    ...articles.map((article) => ({
      path: pathOf(article),
      lastModified: article.updatedAt.toISOString(),
      alternates: article.translationGroupId
        ? hreflangAlternates(locale, groups.get(article.translationGroupId) ?? [])
        : undefined,
    })),
    ...termEntries,
    ...everyLanguageEntries(peoplePath(), people, personPath, locale),
    ...everyLanguageEntries(petitionPath(), petitions, (slug) => petitionPath(slug), locale),
    ...(hasBadge ? everyLanguageEntries(badgePath(), [], () => "", locale, badge.updatedAt) : []),
  ];
}

/**
 * A list and each of its items, in every language with one slug for all (people, petitions; the
 * badge page is a list without items).
 */
function everyLanguageEntries(
  listPath: string,
  items: { slug: string; updatedAt: Date }[],
  itemPath: (slug: string) => string,
  locale: { defaultLang: Lang; languages: Lang[] },
  /** For a page with no items (the badge page): when it last changed; else it is left out. */
  changed?: Date,
): SitemapEntry[] {
  const { languages, defaultLang } = locale;
  if (items.length === 0 && !changed) return [];
  const newest = changed ?? new Date(Math.max(...items.map((item) => item.updatedAt.getTime())));
  const pages = [
    { path: listPath, lastModified: newest },
    ...items.map((item) => ({ path: itemPath(item.slug), lastModified: item.updatedAt })),
  ];
  return pages.flatMap((page) => {
    const versions = languages.map((lang) => ({
      lang,
      path: inLanguage(lang, defaultLang, page.path),
    }));
    const alternates = hreflangAlternates(locale, versions);
    return versions.map((version) => ({
      path: version.path,
      lastModified: page.lastModified.toISOString(),
      alternates,
    }));
  });
}

/** What the sitemap lists: its cache tags, also named to shared caches. */
export const SITEMAP_TAGS = [
  cacheTags.articles,
  cacheTags.terms,
  cacheTags.settings,
  cacheTags.people,
  cacheTags.petitions,
];

export const getCachedSitemapEntries = cachedQuery(
  async (site: Site) => listSitemapEntries(site),
  "sitemap:entries",
  SITEMAP_TAGS,
  { revalidate: 300 },
);
