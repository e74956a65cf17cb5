import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type {
  ArticleKind,
  ArticleStatus,
  CommentStatus,
  Taxonomy,
} from "@/lib/generated/prisma/enums";

const unique = () => randomBytes(4).toString("hex");
const DAY = 24 * 60 * 60 * 1000;

export async function createAuthor(db: PrismaClient, name = `Writer ${unique()}`) {
  return db.user.create({
    data: { email: `writer-${unique()}@example.org`, name, passwordHash: "x", role: "AUTHOR" },
    select: { id: true, name: true },
  });
}

export async function createTerm(
  db: PrismaClient,
  taxonomy: Taxonomy,
  overrides: { name?: string; slug?: string; description?: string; updatedAt?: Date } = {},
) {
  const id = unique();
  return db.term.create({
    data: {
      taxonomy,
      name: overrides.name ?? `${taxonomy.toLowerCase()} ${id}`,
      slug: overrides.slug ?? `${taxonomy.toLowerCase()}-${id}`,
      description: overrides.description ?? "",
      updatedAt: overrides.updatedAt,
    },
  });
}

/** An article straight in the database; PUBLISHED ones default to a day ago. */
export async function createArticle(
  db: PrismaClient,
  authorId: string,
  overrides: {
    kind?: ArticleKind;
    status?: ArticleStatus;
    title?: string;
    slug?: string;
    excerpt?: string;
    body?: string;
    publishedAt?: Date | null;
    updatedAt?: Date;
    termIds?: string[];
  } = {},
) {
  const status = overrides.status ?? "PUBLISHED";
  return db.article.create({
    data: {
      kind: overrides.kind ?? "POST",
      status,
      title: overrides.title ?? `Story ${unique()}`,
      slug: overrides.slug ?? `story-${unique()}`,
      excerpt: overrides.excerpt ?? "",
      body: overrides.body ?? "<p>Ales Bialiatski remains in prison.</p>",
      publishedAt:
        overrides.publishedAt !== undefined
          ? overrides.publishedAt
          : status === "PUBLISHED"
            ? new Date(Date.now() - DAY)
            : null,
      updatedAt: overrides.updatedAt,
      authorId,
      terms: { connect: (overrides.termIds ?? []).map((id) => ({ id })) },
    },
  });
}

/** One article in every state a reader must never see, filed under `termIds`. */
export async function createHiddenArticles(db: PrismaClient, authorId: string, termIds: string[]) {
  const future = new Date(Date.now() + 7 * DAY);
  const hidden = {
    draft: await createArticle(db, authorId, { status: "DRAFT", title: "HIDDEN draft", termIds }),
    inReview: await createArticle(db, authorId, {
      status: "IN_REVIEW",
      title: "HIDDEN in review",
      termIds,
    }),
    scheduled: await createArticle(db, authorId, {
      status: "SCHEDULED",
      title: "HIDDEN scheduled",
      publishedAt: future,
      termIds,
    }),
    publishedInFuture: await createArticle(db, authorId, {
      status: "PUBLISHED",
      title: "HIDDEN published with a future date",
      publishedAt: future,
      termIds,
    }),
    trashed: await createArticle(db, authorId, {
      status: "TRASH",
      title: "HIDDEN trashed",
      publishedAt: new Date(Date.now() - DAY),
      termIds,
    }),
  };
  return hidden;
}

export async function createComment(
  db: PrismaClient,
  articleId: string,
  overrides: { status?: CommentStatus; authorName?: string; body?: string; createdAt?: Date } = {},
) {
  return db.comment.create({
    data: {
      articleId,
      authorName: overrides.authorName ?? `Reader ${unique()}`,
      authorEmail: `reader-${unique()}@example.org`,
      body: overrides.body ?? "<p>Freedom for Ales!</p>",
      status: overrides.status ?? "APPROVED",
      createdAt: overrides.createdAt,
    },
  });
}
