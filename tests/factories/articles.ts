import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleKind, ArticleStatus, Role, Taxonomy } from "@/lib/generated/prisma/enums";
import type { ArticleInput } from "@/lib/articles/schemas";

const unique = () => randomBytes(4).toString("hex");

/** A staff member with the given role, returned as the Actor the services take. */
export async function createStaff(db: PrismaClient, role: Role, name?: string): Promise<Actor> {
  const id = unique();
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@example.org`,
      name: name ?? `${role.toLowerCase()} ${id}`,
      passwordHash: "not-a-real-hash",
      role,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

/** One staff member of every role. */
export async function createStaffOfEveryRole(db: PrismaClient) {
  return {
    admin: await createStaff(db, "ADMIN"),
    editor: await createStaff(db, "EDITOR"),
    author: await createStaff(db, "AUTHOR"),
    moderator: await createStaff(db, "MODERATOR"),
  };
}

/** What the editor form would send, with sensible defaults. */
export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    kind: "POST",
    title: `Campaign news ${unique()}`,
    slug: "",
    excerpt: "",
    body: "<p>Ales Bialiatski remains in prison.</p>",
    coverImageId: null,
    coverCaption: "",
    coverCredit: "",
    categoryIds: [],
    regionIds: [],
    tags: [],
    isFeatured: false,
    commentsOpen: true,
    seoTitle: "",
    seoDescription: "",
    language: "en",
    ...overrides,
  };
}

/** An article row written straight to the database (with one revision, as a save would). */
export async function createArticle(
  db: PrismaClient,
  authorId: string,
  overrides: {
    kind?: ArticleKind;
    status?: ArticleStatus;
    title?: string;
    slug?: string;
    body?: string;
    publishedAt?: Date | null;
    termIds?: string[];
    coverImageId?: string;
  } = {},
) {
  const title = overrides.title ?? `Article ${unique()}`;
  const body = overrides.body ?? "<p>Original text.</p>";
  return db.article.create({
    data: {
      kind: overrides.kind ?? "POST",
      status: overrides.status ?? "DRAFT",
      title,
      slug: overrides.slug ?? `article-${unique()}`,
      body,
      publishedAt:
        overrides.publishedAt !== undefined
          ? overrides.publishedAt
          : overrides.status === "PUBLISHED"
            ? new Date(Date.now() - 60_000)
            : null,
      authorId,
      coverImageId: overrides.coverImageId,
      terms: { connect: (overrides.termIds ?? []).map((id) => ({ id })) },
      revisions: { create: { title, excerpt: "", body, editorId: authorId } },
    },
  });
}

export async function createTerm(
  db: PrismaClient,
  taxonomy: Taxonomy,
  overrides: { name?: string; slug?: string; parentId?: string } = {},
) {
  const id = unique();
  return db.term.create({
    data: {
      taxonomy,
      name: overrides.name ?? `${taxonomy.toLowerCase()} ${id}`,
      slug: overrides.slug ?? `${taxonomy.toLowerCase()}-${id}`,
      parentId: overrides.parentId,
    },
  });
}
