import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/languages";
import { imageSources } from "@/lib/media/queries";
import { parseVariants } from "@/lib/media/schemas";
import { type DayCount, countDays, todayIn } from "@/lib/people/days";
import { getLetterGuidance } from "@/lib/people/guidance";
import {
  type TextsByLanguage,
  readCharges,
  readTexts,
  textIn,
  readEvent,
  readAddress,
  isoDate,
} from "@/lib/people/record";
import { getSiteSettings } from "@/lib/settings/queries";

/** A person's name in the default language (or any), their slug when they have none. */
const nameIn = (names: unknown, slug: string, lang: Lang) =>
  textIn(readTexts(names), lang, lang).text || slug;

/** The staff list: everyone, published or not, by name, with their day count today. */
export async function listPeopleForAdmin(actor: Actor) {
  assertCan(actor, "person:manage");
  const [rows, { defaultLanguage, timeZone }] = await Promise.all([
    getDb().person.findMany({
      select: {
        id: true,
        slug: true,
        names: true,
        published: true,
        updatedAt: true,
        status: { select: { names: true, key: true } },
        events: { select: { date: true, kind: true } },
      },
    }),
    getSiteSettings(),
  ]);
  const today = todayIn(timeZone);
  const people = rows.map((row) => {
    let count: DayCount | null = null;
    try {
      count = countDays(
        row.events.map((event) => ({ date: isoDate(event.date), kind: event.kind })),
        today,
      );
    } catch {
      // A release dated ahead, saved before the rule: no count rather than no list.
    }
    return {
      id: row.id,
      slug: row.slug,
      name: nameIn(row.names, row.slug, defaultLanguage),
      status: textIn(readTexts(row.status.names), "en", defaultLanguage).text || row.status.key,
      published: row.published,
      updatedAt: row.updatedAt,
      count,
    };
  });
  return people.sort((a, b) => a.name.localeCompare(b.name, defaultLanguage));
}

/** Everything the edit page shows of one person, or NOT_FOUND. Needs person:manage. */
export async function getPersonForEdit(actor: Actor, id: string) {
  assertCan(actor, "person:manage");
  const row = await getDb().person.findUnique({
    where: { id },
    include: {
      regions: { select: { id: true } },
      articles: { select: { id: true } },
      events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
      addresses: { orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This person no longer exists.");
  const { defaultLanguage } = await getSiteSettings();
  return {
    id: row.id,
    slug: row.slug,
    name: nameIn(row.names, row.slug, defaultLanguage),
    names: readTexts(row.names),
    spellings: row.spellings,
    bios: readTexts(row.bios),
    photoId: row.photoId,
    photoCredit: row.photoCredit,
    birthYear: row.birthYear,
    birthMonth: row.birthMonth,
    birthDay: row.birthDay,
    showBirthday: row.showBirthday,
    statusId: row.statusId,
    charges: readCharges(row.charges),
    published: row.published,
    updatedAt: row.updatedAt,
    regionIds: row.regions.map((region) => region.id),
    articleIds: row.articles.map((article) => article.id),
    events: row.events.map((event) => ({ id: event.id, ...readEvent(event) })),
    addresses: row.addresses.map((address) => ({ id: address.id, ...readAddress(address) })),
  };
}

const RECENT_ARTICLES = 100;
const RECENT_IMAGES = 60;

/**
 * The choices of the person form: statuses, regions, recent images and the 100 most recent
 * articles, always with the photo and articles already chosen (so a save never drops them).
 */
export async function loadPersonFormOptions(
  actor: Actor,
  chosen: { photoId: string | null; articleIds: string[] } = { photoId: null, articleIds: [] },
) {
  assertCan(actor, "person:manage");
  const db = getDb();
  const imageSelect = {
    id: true,
    storageKey: true,
    originalName: true,
    altText: true,
    width: true,
    variants: true,
  } as const;
  const articleSelect = { id: true, title: true, status: true, language: true } as const;
  const [statuses, regions, recentImages, photo, recentArticles, linkedArticles] =
    await Promise.all([
      db.personStatus.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] }),
      db.term.findMany({
        where: { taxonomy: "REGION" },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      db.media.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: RECENT_IMAGES,
        select: imageSelect,
      }),
      chosen.photoId
        ? db.media.findUnique({ where: { id: chosen.photoId }, select: imageSelect })
        : null,
      db.article.findMany({
        where: { status: { not: "TRASH" } },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: RECENT_ARTICLES,
        select: articleSelect,
      }),
      db.article.findMany({ where: { id: { in: chosen.articleIds } }, select: articleSelect }),
    ]);
  const images = [...(photo ? [photo] : []), ...recentImages.filter((i) => i.id !== photo?.id)];
  const linked = new Set(chosen.articleIds);
  return {
    statuses: statuses.map((status) => ({
      id: status.id,
      name: readTexts(status.names).en ?? status.key,
    })),
    regions,
    images: images.map((image) => ({
      id: image.id,
      src: imageSources({ ...image, variants: parseVariants(image.variants) }).src,
      alt: image.altText,
      name: image.originalName,
    })),
    articles: [...linkedArticles, ...recentArticles.filter((a) => !linked.has(a.id))],
  };
}

/** Every status with how many people have it, in their order. Needs person:manage. */
export async function listStatusesForAdmin(actor: Actor) {
  assertCan(actor, "person:manage");
  const rows = await getDb().personStatus.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    include: { _count: { select: { people: true } } },
  });
  return rows.map(({ _count, names, ...status }) => ({
    ...status,
    names: readTexts(names),
    peopleCount: _count.people,
  }));
}

/**
 * Everyone by default-language name, for the article editor's "People in this story". Needs
 * article:create: whoever writes the story says whom it is about.
 */
export async function listPeopleChoices(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "article:create");
  const [rows, { defaultLanguage }] = await Promise.all([
    getDb().person.findMany({ select: { id: true, slug: true, names: true } }),
    getSiteSettings(),
  ]);
  return rows
    .map((row) => ({ id: row.id, name: nameIn(row.names, row.slug, defaultLanguage) }))
    .sort((a, b) => a.name.localeCompare(b.name, defaultLanguage));
}

/** The letter guidance for its form. Needs person:manage. */
export async function getLetterGuidanceForEdit(actor: Actor): Promise<TextsByLanguage> {
  assertCan(actor, "person:manage");
  return getLetterGuidance();
}
