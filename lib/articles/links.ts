import "server-only";
import type { ArticleInput } from "@/lib/articles/schemas";
import { toSlug } from "@/lib/articles/slug";
import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// What an article links to besides its text: terms, its cover and the people it is about.

type Tx = Prisma.TransactionClient;

/** The ids of the article's terms, after checking that the picked ones still exist. */
export async function resolveTerms(tx: Tx, input: ArticleInput): Promise<{ id: string }[]> {
  const picked = [
    ...input.categoryIds.map((id) => ({ id, taxonomy: "CATEGORY" as const, field: "categoryIds" })),
    ...input.regionIds.map((id) => ({ id, taxonomy: "REGION" as const, field: "regionIds" })),
  ];
  const found = await tx.term.findMany({
    where: { id: { in: picked.map((p) => p.id) } },
    select: { id: true, taxonomy: true },
  });
  for (const p of picked) {
    if (!found.some((term) => term.id === p.id && term.taxonomy === p.taxonomy)) {
      throw new FieldError(
        p.field,
        `A ${p.taxonomy === "CATEGORY" ? "category" : "region"} you ticked has been deleted meanwhile. Reload the form to see the current list.`,
      );
    }
  }
  const tagIds: string[] = [];
  for (const name of input.tags) {
    const slug = toSlug(name);
    if (!slug)
      throw new FieldError("tags", `The tag "${name}" needs at least one letter or digit.`);
    // A tag picked from the suggestions keeps its row even when its slug was edited since.
    const named = await tx.term.findFirst({
      where: { taxonomy: "TAG", name: { equals: name, mode: "insensitive" } },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (named) {
      tagIds.push(named.id);
      continue;
    }
    const tag = await tx.term.upsert({
      where: { taxonomy_slug: { taxonomy: "TAG", slug } },
      create: { taxonomy: "TAG", slug, name },
      update: {},
      select: { id: true },
    });
    tagIds.push(tag.id);
  }
  return [...new Set([...found.map((t) => t.id), ...tagIds])].map((id) => ({ id }));
}

export async function checkCover(tx: Tx, coverImageId: string | null) {
  if (!coverImageId) return;
  const media = await tx.media.findUnique({ where: { id: coverImageId }, select: { id: true } });
  if (!media) {
    throw new FieldError(
      "coverImageId",
      "The cover image has been deleted from the media library. Pick another one.",
    );
  }
}

/**
 * The people an article is about, after checking that the ticked ones still exist; undefined
 * when the caller did not say (the links are left as they are).
 */
export async function resolvePeople(
  tx: Tx,
  personIds: string[] | undefined,
): Promise<{ id: string }[] | undefined> {
  if (personIds === undefined) return undefined;
  const ids = [...new Set(personIds)];
  const found = await tx.person.count({ where: { id: { in: ids } } });
  if (found !== ids.length) {
    throw new FieldError(
      "personIds",
      "A person you ticked has been deleted meanwhile. Reload the form to see the current list.",
    );
  }
  return ids.map((id) => ({ id }));
}

/** Whether two lists of links name different rows. */
export function linksDiffer(before: { id: string }[], after: { id: string }[]): boolean {
  const key = (links: { id: string }[]) =>
    links
      .map((link) => link.id)
      .sort()
      .join();
  return key(before) !== key(after);
}
