import "server-only";
import { publishedWhere } from "@/lib/articles/queries";
import { articleLang } from "@/lib/articles/view";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import type { AddressScript, ArticleKind, PersonEventKind } from "@/lib/generated/prisma/enums";
import type { Lang } from "@/lib/i18n/languages";
import { imageSources } from "@/lib/media/queries";
import { parseVariants } from "@/lib/media/schemas";
import {
  type Charge,
  type EventTextsByLanguage,
  type TextsByLanguage,
  readCharges,
  readTexts,
  readEvent,
  readAddress,
} from "@/lib/people/record";
import { termLabelSelect } from "@/lib/taxonomy/labels";

export type PublicPerson = {
  id: string;
  slug: string;
  names: TextsByLanguage;
  spellings: string[];
  bios: TextsByLanguage;
  photo: {
    src: string;
    srcSet?: string;
    width: number | null;
    height: number | null;
    alt: string;
    credit: string;
  } | null;
  /** Only when staff chose to show the birthday; the year may be unknown. */
  birthday: { year: number | null; month: number; day: number } | null;
  status: { key: string; names: TextsByLanguage; isHeld: boolean; position: number };
  charges: Charge[];
  regions: { slug: string; names: TextsByLanguage }[];
  events: { date: string; kind: PersonEventKind; texts: EventTextsByLanguage; sourceUrl: string }[];
  /** Newest first: the first is the current one. */
  addresses: {
    address: string;
    script: AddressScript;
    latin: string;
    validFrom: string;
    lastVerified: string | null;
  }[];
  updatedAt: string;
};

export type PersonStatusView = PublicPerson["status"];

/** Region names by language: the term's own (default language) under "" and its translations. */
function regionNames(
  term: {
    name: string;
    translations: { language: string; name: string }[];
  },
  defaultLang: Lang,
): TextsByLanguage {
  const names: TextsByLanguage = { [defaultLang]: term.name };
  for (const translation of term.translations) {
    names[articleLang(translation.language)] = translation.name;
  }
  return names;
}

/**
 * Every published person with all that their pages show, in name order of the default
 * language. A campaign has tens or hundreds of people: one cached read serves the list, the
 * profiles, the cards on articles and the birthdays; slugs readers type are looked up in it.
 */
export const listPublicPeople = cachedQuery(
  async (defaultLang: Lang): Promise<PublicPerson[]> => {
    const rows = await getDb().person.findMany({
      where: { published: true },
      include: {
        status: true,
        photo: {
          select: {
            storageKey: true,
            width: true,
            height: true,
            variants: true,
            altText: true,
            credit: true,
          },
        },
        regions: { where: { taxonomy: "REGION" }, select: termLabelSelect },
        events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
        addresses: { orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }] },
      },
    });
    const people = rows.map((row): PublicPerson => {
      const photo = row.photo
        ? {
            ...imageSources({ ...row.photo, variants: parseVariants(row.photo.variants) }),
            width: row.photo.width,
            height: row.photo.height,
            alt: row.photo.altText,
            credit: row.photoCredit || row.photo.credit,
          }
        : null;
      return {
        id: row.id,
        slug: row.slug,
        names: readTexts(row.names),
        spellings: row.spellings,
        bios: readTexts(row.bios),
        photo,
        birthday:
          row.showBirthday && row.birthMonth && row.birthDay
            ? { year: row.birthYear, month: row.birthMonth, day: row.birthDay }
            : null,
        status: {
          key: row.status.key,
          names: readTexts(row.status.names),
          isHeld: row.status.isHeld,
          position: row.status.position,
        },
        charges: readCharges(row.charges),
        regions: row.regions.map((term) => ({
          slug: term.slug,
          names: regionNames(term, defaultLang),
        })),
        events: row.events.map(readEvent),
        addresses: row.addresses.map(readAddress),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
    const nameOf = (person: PublicPerson) =>
      person.names[defaultLang] ?? Object.values(person.names)[0] ?? person.slug;
    return people.sort((a, b) => nameOf(a).localeCompare(nameOf(b), defaultLang));
  },
  "listPublicPeople",
  [cacheTags.people, cacheTags.terms, cacheTags.media],
);

/** Every status, in the staff's order (for the list's filter). */
export const listPersonStatuses = cachedQuery(
  async (): Promise<PersonStatusView[]> => {
    const rows = await getDb().personStatus.findMany({
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
    return rows.map((row) => ({
      key: row.key,
      names: readTexts(row.names),
      isHeld: row.isHeld,
      position: row.position,
    }));
  },
  "listPersonStatuses",
  [cacheTags.people],
);

/** The slugs of the published people an article is about. */
export const listArticlePeopleSlugs = cachedQuery(
  async (articleId: string): Promise<string[]> => {
    const rows = await getDb().person.findMany({
      where: { published: true, articles: { some: { id: articleId } } },
      select: { slug: true },
    });
    return rows.map((row) => row.slug);
  },
  "listArticlePeopleSlugs",
  (articleId) => [cacheTags.people, cacheTags.article(articleId)],
);

export type PersonArticle = {
  id: string;
  kind: ArticleKind;
  slug: string;
  title: string;
  language: Lang;
  publishedAt: string;
};

/**
 * The published articles about a person in `lang`, newest first; when none is in `lang`, those
 * in any language.
 */
export const listPersonArticles = cachedQuery(
  async (slug: string, lang: Lang): Promise<PersonArticle[]> => {
    const rows = await getDb().article.findMany({
      where: { ...publishedWhere(), people: { some: { slug, published: true } } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, kind: true, slug: true, title: true, language: true, publishedAt: true },
      take: 100,
    });
    const articles = rows.map((row) => ({
      ...row,
      language: articleLang(row.language),
      publishedAt: row.publishedAt!.toISOString(),
    }));
    const own = articles.filter((article) => article.language === lang);
    return own.length > 0 ? own : articles;
  },
  "listPersonArticles",
  [cacheTags.people, cacheTags.articles],
);
