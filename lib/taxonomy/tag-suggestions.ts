import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export type TagSuggestion = {
  /** The tag's name in the site's default language: what the editor adds (saving matches it). */
  name: string;
  /** A translated name that matched when the default one did not, shown beside it. */
  matchedName: string | null;
  /** How many articles carry the tag. */
  uses: number;
};

/** At most this many suggestions, whatever the caller asks for. */
const MAX_SUGGESTIONS = 25;

/** `%`, `_` and `\` typed by a person match themselves, not any characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Existing tags whose name, or a translation's, contains `query` (case-insensitive): names that
 * start with it first, then the most used, then by name. Needs article:create.
 */
export async function suggestTags(
  actor: Actor,
  query: string,
  limit = 10,
): Promise<TagSuggestion[]> {
  assertCan(actor, "article:create");
  const text = query.trim().replace(/\s+/g, " ");
  if (!text) return [];
  const contains = `%${escapeLike(text)}%`;
  const prefix = `${escapeLike(text)}%`;
  const take = Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
  const rows = await getDb().$queryRaw<
    { name: string; matchedName: string | null; uses: bigint }[]
  >`
    SELECT t."name",
      CASE WHEN t."name" ILIKE ${contains} THEN NULL ELSE (
        SELECT tt."name" FROM "TermTranslation" tt
        WHERE tt."termId" = t."id" AND tt."name" ILIKE ${contains}
        ORDER BY tt."name" LIMIT 1
      ) END AS "matchedName",
      (SELECT count(*) FROM "_ArticleToTerm" link WHERE link."B" = t."id") AS "uses",
      (t."name" ILIKE ${prefix} OR EXISTS (
        SELECT 1 FROM "TermTranslation" tt WHERE tt."termId" = t."id" AND tt."name" ILIKE ${prefix}
      )) AS "isPrefix"
    FROM "Term" t
    WHERE t."taxonomy" = 'TAG'
      AND (t."name" ILIKE ${contains} OR EXISTS (
        SELECT 1 FROM "TermTranslation" tt WHERE tt."termId" = t."id" AND tt."name" ILIKE ${contains}
      ))
    ORDER BY "isPrefix" DESC, "uses" DESC, lower(t."name") ASC
    LIMIT ${take}`;
  return rows.map((row) => ({
    name: row.name,
    matchedName: row.matchedName,
    uses: Number(row.uses),
  }));
}
