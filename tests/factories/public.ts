import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleKind, ArticleStatus, Taxonomy } from "@/lib/generated/prisma/enums";

const unique = () => randomBytes(4).toString("hex");

export async function createAuthor(db: PrismaClient, name = "Test Writer") {
  return db.user.create({
    data: { email: `writer-${unique()}@example.org`, name, passwordHash: "x", role: "AUTHOR" },
    select: { id: true },
  });
}

type ArticleOptions = {
  authorId: string;
  title?: string;
  slug?: string;
  kind?: ArticleKind;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  body?: string;
  excerpt?: string;
  language?: string;
  termIds?: string[];
};

/** An article written straight to the database, as the public pages would find it. */
export async function createPublicArticle(db: PrismaClient, options: ArticleOptions) {
  const title = options.title ?? `Story ${unique()}`;
  return db.article.create({
    data: {
      kind: options.kind ?? "POST",
      title,
      slug: options.slug ?? `story-${unique()}`,
      excerpt: options.excerpt ?? `About ${title}`,
      body: options.body ?? `<p>${title}</p>`,
      status: options.status ?? "PUBLISHED",
      publishedAt:
        options.publishedAt === undefined ? new Date(Date.now() - 60_000) : options.publishedAt,
      language: options.language ?? "en",
      authorId: options.authorId,
      terms: options.termIds ? { connect: options.termIds.map((id) => ({ id })) } : undefined,
    },
    select: { id: true, slug: true, title: true },
  });
}

export async function createTerm(db: PrismaClient, taxonomy: Taxonomy, name: string) {
  return db.term.create({
    data: {
      taxonomy,
      name,
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${unique()}`,
      description: `About ${name}`,
    },
    select: { id: true, slug: true, name: true },
  });
}
