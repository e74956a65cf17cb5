import "server-only";
import { type ArticleListFilters } from "@/lib/articles/schemas";
import { type Actor, assertCan, can, canEditArticle } from "@/lib/auth/permissions";
import { type ArticleViewData, articleViewSelect, toArticleView } from "@/lib/articles/view";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const ADMIN_PAGE_SIZE = 20;

/** Authors see only their own articles; editors and admins see everyone's. */
export function visibleTo(actor: Actor): Prisma.ArticleWhereInput {
  return can(actor, "article:editAny") ? {} : { authorId: actor.id };
}

/** The staff list of articles or pages with its filters, sort and page. */
export async function listArticlesForAdmin(actor: Actor, filters: ArticleListFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...visibleTo(actor),
    kind: filters.kind,
    status: filters.status ?? { not: "TRASH" },
    ...(filters.author && can(actor, "article:editAny") ? { authorId: filters.author } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
    AND: [filters.category, filters.tag, filters.region]
      .filter((id): id is string => !!id)
      .map((id) => ({ terms: { some: { id } } })),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    filters.sort === "title"
      ? [{ title: "asc" }, { id: "asc" }]
      : filters.sort === "published"
        ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy,
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        isFeatured: true,
        isPrivate: true,
        author: { select: { id: true, name: true } },
        terms: { select: { taxonomy: true, name: true }, orderBy: { name: "asc" } },
      },
    }),
    db.article.count({ where }),
  ]);
  return {
    rows,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
  };
}

/** Everything the editor form shows for one article, or NOT_FOUND / FORBIDDEN. */
export async function getArticleForEdit(actor: Actor, id: string) {
  const article = await getDb().article.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      title: true,
      slug: true,
      excerpt: true,
      body: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      authorId: true,
      author: { select: { name: true } },
      coverImageId: true,
      coverCaption: true,
      coverCredit: true,
      isFeatured: true,
      commentsOpen: true,
      seoTitle: true,
      seoDescription: true,
      language: true,
      terms: { select: { id: true, taxonomy: true, name: true } },
      people: { select: { id: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(actor, article.authorId)) {
    throw new AppError("FORBIDDEN", "You can only edit your own articles.");
  }
  return article;
}

/** Staff who have written something, for the author filter (article:editAny). */
export async function listArticleAuthors(actor: Actor) {
  assertCan(actor, "article:editAny");
  return getDb().user.findMany({
    where: { articles: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Recent images' names, for the cover's select without JavaScript. Needs article:create. */
export async function listMediaForPicker(actor: Actor, limit = 60) {
  assertCan(actor, "article:create");
  return getDb().media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, originalName: true, altText: true },
  });
}

/** An article as readers would see it, for the staff preview; NOT_FOUND / FORBIDDEN otherwise. */
export async function getArticleForPreview(actor: Actor, id: string): Promise<ArticleViewData> {
  const row = await getDb().article.findUnique({
    where: { id },
    select: { ...articleViewSelect, authorId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(actor, row.authorId)) {
    throw new AppError("FORBIDDEN", "You can only preview your own articles.");
  }
  return toArticleView(row);
}
