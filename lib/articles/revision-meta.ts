import "server-only";
import { z } from "zod";
import type { ArticleInput } from "@/lib/articles/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LANGUAGE_CODES, type Lang } from "@/lib/i18n/languages";
import { readTexts, textIn } from "@/lib/people/record";

// Everything a revision compare shows besides title, excerpt and text, as names rather than ids,
// so a revision still reads the same after a term or person is renamed or deleted.

type Tx = Prisma.TransactionClient;

const RevisionMetaSchema = z.object({
  slug: z.string(),
  language: z.string(),
  seoTitle: z.string(),
  seoDescription: z.string(),
  coverImageId: z.string().nullable(),
  coverCaption: z.string(),
  coverCredit: z.string(),
  categories: z.array(z.string()),
  tags: z.array(z.string()),
  regions: z.array(z.string()),
  people: z.array(z.string()),
});
export type RevisionMeta = z.infer<typeof RevisionMetaSchema>;

/** A stored snapshot, or null for revisions from before snapshots were recorded. */
export function readRevisionMeta(value: unknown): RevisionMeta | null {
  const parsed = RevisionMetaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const asLang = (code: string): Lang =>
  (LANGUAGE_CODES as readonly string[]).includes(code) ? (code as Lang) : "en";

function personNames(people: { names: unknown; slug: string }[], language: string): string[] {
  return people
    .map((p) => textIn(readTexts(p.names), asLang(language), "en").text || p.slug)
    .sort((a, b) => a.localeCompare(b));
}

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

/** The snapshot of an article as it is now stored (after a save, in the same transaction). */
export async function snapshotArticleMeta(tx: Tx, articleId: string): Promise<RevisionMeta> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      slug: true,
      language: true,
      seoTitle: true,
      seoDescription: true,
      coverImageId: true,
      coverCaption: true,
      coverCredit: true,
      terms: { select: { name: true, taxonomy: true } },
      people: { select: { names: true, slug: true } },
    },
  });
  const { terms, people, ...fields } = article;
  const named = (taxonomy: string) =>
    sorted(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.name));
  return {
    ...fields,
    categories: named("CATEGORY"),
    tags: named("TAG"),
    regions: named("REGION"),
    people: personNames(people, fields.language),
  };
}

/** The snapshot of what someone typed but did not save (an autosave, a conflicting save). */
export async function snapshotInputMeta(
  tx: Tx,
  input: ArticleInput,
  slug: string,
): Promise<RevisionMeta> {
  const [terms, people] = await Promise.all([
    tx.term.findMany({
      where: { id: { in: [...input.categoryIds, ...input.regionIds] } },
      select: { name: true, taxonomy: true },
    }),
    tx.person.findMany({
      where: { id: { in: input.personIds ?? [] } },
      select: { names: true, slug: true },
    }),
  ]);
  const named = (taxonomy: string) =>
    sorted(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.name));
  return {
    slug,
    language: input.language,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    coverImageId: input.coverImageId,
    coverCaption: input.coverCaption,
    coverCredit: input.coverCredit,
    categories: named("CATEGORY"),
    tags: sorted(input.tags),
    regions: named("REGION"),
    people: personNames(people, input.language),
  };
}

/**
 * Records a save as a revision with its snapshot, in the save's transaction, and drops the
 * editor's rolling autosave: what it held is now saved (or deliberately replaced).
 */
export async function recordSaveRevision(
  tx: Tx,
  articleId: string,
  editorId: string,
  content: { title: string; excerpt: string; body: string },
): Promise<void> {
  const meta = await snapshotArticleMeta(tx, articleId);
  await tx.articleRevision.deleteMany({ where: { articleId, editorId, kind: "AUTOSAVE" } });
  await tx.articleRevision.create({
    data: { articleId, editorId, kind: "SAVE", ...content, meta },
    select: { id: true },
  });
}
