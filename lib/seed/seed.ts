import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import {
  type ArticleStatus,
  type PrismaClient,
  type Taxonomy,
} from "@/lib/generated/prisma/client";
import { seedMainAction } from "@/lib/seed/actions";
import { seedBadgeFrames } from "@/lib/seed/badge";
import { seedPeopleContent } from "@/lib/seed/people";
import { seedPetitions } from "@/lib/seed/petitions";
import { seedStaff } from "@/lib/seed/staff";
import { SETTING_KEYS, defaultSiteSettings } from "@/lib/settings/schemas";
import {
  type SeedArticle,
  type SeedTerm,
  articles as seedArticles,
  categories,
  regions,
  tags,
} from "@/prisma/seed-data/articles";
import { termTranslations, translatedArticles } from "@/prisma/seed-data/translations";

/** English first, so every translation finds the article it translates. */
const allSeedArticles: SeedArticle[] = [...seedArticles, ...translatedArticles];

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;

export type SeedSummary = Record<
  "users" | "terms" | "media" | "articles" | "comments" | "people",
  number
>;

async function countAll(db: PrismaClient | Tx): Promise<SeedSummary> {
  const [users, terms, media, articles, comments, people] = await Promise.all([
    db.user.count(),
    db.term.count(),
    db.media.count(),
    db.article.count(),
    db.comment.count(),
    db.person.count(),
  ]);
  return { users, terms, media, articles, comments, people };
}

/**
 * Inserts the demo campaign content that is missing, in one transaction. Rows that already exist
 * (matched by slug, email or storage key) are left as they are, so running it again changes nothing
 * and never overwrites what staff edited. Returns how many rows of each kind it created.
 */
export async function seedDemoContent(db: PrismaClient, now = new Date()): Promise<SeedSummary> {
  const before = await countAll(db);
  const staffPasswordHash = await hashPassword(generatePassword());
  await db.$transaction(
    async (tx) => {
      const staffIds = await seedStaff(tx, staffPasswordHash);
      const termIds = await seedTerms(tx);
      const mediaIds = await seedMedia(tx);
      for (const article of allSeedArticles) {
        await seedArticle(tx, article, { staffIds, termIds, mediaIds, now });
      }
      await seedPeopleContent(tx, termIds);
      await seedBadgeFrames(tx);
      await seedPetitions(tx, termIds);
      await seedMainAction(tx);
      await tx.setting.upsert({
        where: { key: SETTING_KEYS.site },
        create: { key: SETTING_KEYS.site, value: defaultSiteSettings },
        update: {},
      });
    },
    { timeout: 60_000 },
  );
  const after = await countAll(db);
  return {
    users: after.users - before.users,
    terms: after.terms - before.terms,
    media: after.media - before.media,
    articles: after.articles - before.articles,
    comments: after.comments - before.comments,
    people: after.people - before.people,
  };
}

async function seedTerms(tx: Tx) {
  const ids = new Map<string, string>();
  const groups: [Taxonomy, SeedTerm[]][] = [
    ["CATEGORY", categories],
    ["TAG", tags],
    ["REGION", regions],
  ];
  for (const [taxonomy, terms] of groups) {
    const ordered = [...terms.filter((t) => !t.parent), ...terms.filter((t) => t.parent)];
    for (const term of ordered) {
      const parentId = term.parent ? ids.get(`${taxonomy}:${term.parent}`) : undefined;
      const row = await tx.term.upsert({
        where: { taxonomy_slug: { taxonomy, slug: term.slug } },
        create: {
          taxonomy,
          slug: term.slug,
          name: term.name,
          description: term.description,
          parentId,
        },
        update: {},
        select: { id: true },
      });
      ids.set(`${taxonomy}:${term.slug}`, row.id);
      const labels = { ...term.translations, ...termTranslations[`${taxonomy}:${term.slug}`] };
      for (const [language, label] of Object.entries(labels)) {
        await tx.termTranslation.upsert({
          where: { termId_language: { termId: row.id, language } },
          create: { termId: row.id, taxonomy, language, ...label },
          update: {},
        });
      }
    }
  }
  return ids;
}

async function seedMedia(tx: Tx) {
  const ids = new Map<string, string>();
  for (const article of allSeedArticles) {
    const cover = article.cover;
    if (!cover || ids.has(cover.file)) continue;
    const storageKey = cover.file.replace(/^\/+/, "");
    const { size } = await stat(path.join(process.cwd(), "public", storageKey));
    const row = await tx.media.upsert({
      where: { storageKey },
      create: {
        storageKey,
        originalName: path.basename(storageKey),
        mimeType: "image/svg+xml",
        byteSize: size,
        width: 1200,
        height: 630,
        altText: cover.alt,
        credit: cover.credit,
      },
      update: {},
      select: { id: true },
    });
    ids.set(cover.file, row.id);
  }
  return ids;
}

type SeedContext = {
  staffIds: Awaited<ReturnType<typeof seedStaff>>;
  termIds: Map<string, string>;
  mediaIds: Map<string, string>;
  now: Date;
};

function publicationOf(
  article: SeedArticle,
  now: Date,
): { status: ArticleStatus; at: Date | null } {
  if (article.status === "SCHEDULED") {
    return {
      status: "SCHEDULED",
      at: new Date(now.getTime() + (article.scheduledInDays ?? 7) * DAY_MS),
    };
  }
  if (article.status === "PUBLISHED") {
    if (!article.publishedAt) throw new Error(`Seed article ${article.slug} has no publishedAt`);
    return { status: "PUBLISHED", at: new Date(article.publishedAt) };
  }
  return { status: "DRAFT", at: null };
}

/**
 * The translation group a translation joins: its source's, made when the source has none. A
 * source seeded earlier without a group gets one; nothing else about it changes.
 */
async function translationLink(tx: Tx, article: SeedArticle) {
  if (!article.translationOf) return null;
  const source = await tx.article.findUnique({
    where: {
      kind_language_slug: { kind: article.kind, language: "en", slug: article.translationOf },
    },
    select: { id: true, translationGroupId: true, contentChangedAt: true },
  });
  if (!source) {
    throw new Error(`Seed article ${article.slug} translates an unknown ${article.translationOf}`);
  }
  const groupId = source.translationGroupId ?? randomUUID();
  if (!source.translationGroupId) {
    await tx.article.update({ where: { id: source.id }, data: { translationGroupId: groupId } });
  }
  return {
    translationGroupId: groupId,
    translatedFromId: source.id,
    sourceSeenAt: source.contentChangedAt,
  };
}

async function seedArticle(tx: Tx, article: SeedArticle, context: SeedContext) {
  const existing = await tx.article.findUnique({
    where: {
      kind_language_slug: { kind: article.kind, language: article.language, slug: article.slug },
    },
    select: { id: true, translationGroupId: true },
  });
  if (existing) {
    // Seeded before translations existed: linked to its source, left otherwise as it is.
    if (article.translationOf && !existing.translationGroupId) {
      const link = await translationLink(tx, article);
      if (link) await tx.article.update({ where: { id: existing.id }, data: link });
    }
    return;
  }
  const link = await translationLink(tx, article);

  const authorId = context.staffIds[article.author];
  const { status, at } = publicationOf(article, context.now);
  const termKeys = [
    ...article.categories.map((slug) => `CATEGORY:${slug}`),
    ...article.tags.map((slug) => `TAG:${slug}`),
    ...article.regions.map((slug) => `REGION:${slug}`),
  ];
  const terms = termKeys.map((key) => {
    const id = context.termIds.get(key);
    if (!id) throw new Error(`Seed article ${article.slug} names an unknown term ${key}`);
    return { id };
  });

  const created = await tx.article.create({
    data: {
      kind: article.kind,
      slug: article.slug,
      title: article.title,
      excerpt: article.excerpt,
      body: article.body,
      status,
      publishedAt: at,
      language: article.language,
      authorId,
      isFeatured: article.isFeatured ?? false,
      commentsOpen: article.commentsOpen ?? true,
      coverImageId: article.cover ? context.mediaIds.get(article.cover.file) : undefined,
      coverCaption: article.cover?.caption ?? "",
      coverCredit: article.cover?.credit ?? "",
      createdAt: at && at < context.now ? at : context.now,
      // Demo stories read as written on their date, not as edited on the day of seeding.
      updatedAt: at && at < context.now ? at : context.now,
      contentChangedAt: at && at < context.now ? at : context.now,
      ...link,
      terms: { connect: terms },
      revisions: {
        create: {
          title: article.title,
          excerpt: article.excerpt,
          body: article.body,
          editorId: authorId,
        },
      },
    },
    select: { id: true },
  });

  const commentIds = new Map<string, string>();
  const base = at ?? context.now;
  for (const comment of article.comments ?? []) {
    const parentId = comment.parentKey ? commentIds.get(comment.parentKey) : undefined;
    if (comment.parentKey && !parentId) {
      throw new Error(`Seed comment ${article.slug}/${comment.key} replies to an unknown comment`);
    }
    const createdAt = new Date(base.getTime() + comment.daysAfterPublish * DAY_MS);
    const row = await tx.comment.create({
      data: {
        articleId: created.id,
        parentId,
        authorName: comment.authorName,
        authorEmail: comment.authorEmail.toLowerCase(),
        authorUrl: comment.authorUrl,
        body: comment.body,
        status: comment.status,
        createdAt,
        moderatedAt: comment.status === "APPROVED" ? createdAt : null,
        moderatedById: comment.status === "APPROVED" ? context.staffIds.editor : null,
      },
      select: { id: true },
    });
    commentIds.set(comment.key, row.id);
  }
}
