import type { Taxonomy } from "@/lib/generated/prisma/enums";
import type { ImportContext } from "@/lib/import/wordpress/context";
import {
  contentHash,
  findImported,
  recordImported,
  type Tx,
} from "@/lib/import/wordpress/imported";
import { decodeSlug, mapTaxonomy, plainText, slugFor } from "@/lib/import/wordpress/mapping";
import { writeTermRedirects } from "@/lib/import/wordpress/old-paths";
import type { WxrItemTerm, WxrTerm } from "@/lib/import/wordpress/types";

const key = (taxonomy: string, slug: string) => `${taxonomy}:${slug}`;

/** Parents before children, whatever order the export gave (WordPress sorts them, others may not). */
function parentsFirst(terms: WxrTerm[]): WxrTerm[] {
  const bySlug = new Map(terms.map((term) => [key(term.taxonomy, term.slug), term]));
  const done = new Set<string>();
  const ordered: WxrTerm[] = [];
  const visit = (term: WxrTerm, seen: Set<string>) => {
    const id = key(term.taxonomy, term.slug);
    if (done.has(id) || seen.has(id)) return;
    seen.add(id);
    const parent = term.parentSlug ? bySlug.get(key(term.taxonomy, term.parentSlug)) : undefined;
    if (parent) visit(parent, seen);
    done.add(id);
    ordered.push(term);
  };
  for (const term of terms) visit(term, new Set());
  return ordered;
}

/** The old archive path of a term: /category/parent/child, with the parents' slugs. */
function archiveSegments(term: WxrTerm, all: Map<string, WxrTerm>): string[] {
  const segments = [term.slug];
  let parent = term.parentSlug ? all.get(key(term.taxonomy, term.parentSlug)) : undefined;
  for (let depth = 0; parent && depth < 10; depth += 1) {
    segments.unshift(parent.slug);
    parent = parent.parentSlug ? all.get(key(parent.taxonomy, parent.parentSlug)) : undefined;
  }
  return segments;
}

async function writeTerm(
  tx: Tx,
  context: ImportContext,
  term: WxrTerm,
  taxonomy: Taxonomy,
): Promise<string | null> {
  const { report } = context;
  const name = plainText(term.name, 200) || decodeSlug(term.slug);
  const description = plainText(term.description, 2000);
  const parentId = term.parentSlug
    ? (context.terms.get(key(term.taxonomy, term.parentSlug)) ?? null)
    : null;
  const hash = contentHash({ name, description, parent: term.parentSlug });
  const known = term.id ? await findImported(tx, context, "TERM", term.id) : null;
  const row =
    known && (await tx.term.findUnique({ where: { id: known.targetId }, select: { id: true } }));
  if (row) {
    if (known.contentHash === hash) {
      report.counts.terms.unchanged += 1;
      return row.id;
    }
    report.counts.terms.updated += 1;
    if (!context.options.dryRun) {
      await tx.term.update({ where: { id: row.id }, data: { name, description, parentId } });
      await recordImported(tx, context, "TERM", term.id, row.id, hash);
    }
    return row.id;
  }
  const slug = slugFor(term.slug, name, `${taxonomy.toLowerCase()}-${term.id}`);
  const same = await tx.term.findUnique({
    where: { taxonomy_slug: { taxonomy, slug } },
    select: { id: true },
  });
  if (same) report.counts.terms.unchanged += 1;
  else report.counts.terms.created += 1;
  if (context.options.dryRun) return same?.id ?? null;
  const id =
    same?.id ??
    (
      await tx.term.create({
        data: { taxonomy, name, slug, description, parentId },
        select: { id: true },
      })
    ).id;
  if (term.id) await recordImported(tx, context, "TERM", term.id, id, hash);
  return id;
}

/** Categories (with their hierarchy), tags and regions from the export's channel. */
export async function importTerms(context: ImportContext, terms: WxrTerm[]): Promise<void> {
  const all = new Map(terms.map((term) => [key(term.taxonomy, term.slug), term]));
  for (const term of parentsFirst(terms)) {
    const taxonomy = mapTaxonomy(term.taxonomy);
    if (!taxonomy) {
      context.tally(context.report.otherTaxonomies, term.taxonomy);
      continue;
    }
    await context.db.$transaction(async (tx) => {
      const id = await writeTerm(tx, context, term, taxonomy);
      if (!id) return;
      context.terms.set(key(term.taxonomy, term.slug), id);
      if (context.options.dryRun) return;
      await writeTermRedirects(tx, context, term, archiveSegments(term, all), id);
    });
  }
}

/**
 * A term an item names that the channel did not list (exports cut by date or author miss some):
 * made from what the item says.
 */
export async function ensureItemTerm(
  tx: Tx,
  context: ImportContext,
  term: WxrItemTerm,
): Promise<string | null> {
  const taxonomy = mapTaxonomy(term.taxonomy);
  if (!taxonomy || !term.slug) return null;
  const known = context.terms.get(key(term.taxonomy, term.slug));
  if (known) return known;
  const full: WxrTerm = { kind: "term", id: 0, description: "", parentSlug: "", ...term };
  const id = await writeTerm(tx, context, full, taxonomy);
  if (id && !(await tx.importedItem.count({ where: { targetId: id, type: "TERM" } }))) {
    context.problem(
      `${term.taxonomy} ${decodeSlug(term.slug)}`,
      "not in the export's list of terms; made from the item that uses it",
    );
  }
  if (id) {
    context.terms.set(key(term.taxonomy, term.slug), id);
    if (!context.options.dryRun) {
      await writeTermRedirects(tx, context, full, [term.slug], id);
    }
  }
  return id;
}
