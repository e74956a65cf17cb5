import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { Taxonomy } from "@/lib/generated/prisma/enums";

export type AdminTerm = {
  id: string;
  taxonomy: Taxonomy;
  name: string;
  slug: string;
  description: string;
  parentId: string | null;
  articleCount: number;
};

/**
 * Every term for the staff pages and the editor's pickers, with how many articles use each.
 * Needs article:create (to pick terms) or term:manage.
 */
export async function listTermsForAdmin(actor: Actor, taxonomy?: Taxonomy): Promise<AdminTerm[]> {
  if (!can(actor, "term:manage")) assertCan(actor, "article:create");
  const rows = await getDb().term.findMany({
    where: taxonomy ? { taxonomy } : undefined,
    orderBy: [{ taxonomy: "asc" }, { name: "asc" }],
    select: {
      id: true,
      taxonomy: true,
      name: true,
      slug: true,
      description: true,
      parentId: true,
      _count: { select: { articles: true } },
    },
  });
  return rows.map(({ _count, ...term }) => ({ ...term, articleCount: _count.articles }));
}

/** A term's own labels in other languages, for its edit page (term:manage). */
export async function getTermTranslations(
  actor: Actor,
  id: string,
): Promise<{ language: string; name: string; slug: string; description: string }[]> {
  assertCan(actor, "term:manage");
  return getDb().termTranslation.findMany({
    where: { termId: id },
    select: { language: true, name: true, slug: true, description: true },
  });
}

/** Categories ordered as a tree (parents before their children) with their depth. */
export function orderAsTree<T extends { id: string; parentId: string | null; name: string }>(
  terms: T[],
): (T & { depth: number })[] {
  const ids = new Set(terms.map((t) => t.id));
  const byParent = new Map<string | null, T[]>();
  for (const term of terms) {
    const key = term.parentId && ids.has(term.parentId) ? term.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), term]);
  }
  const out: (T & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const term of (byParent.get(parentId) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (out.some((t) => t.id === term.id)) continue;
      out.push({ ...term, depth });
      visit(term.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
