import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

/** Words a reader typed, as PostgreSQL's simple configuration would see them (lower case). */
export function queryWords(query: string): string[] {
  const words = query.toLocaleLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words)].slice(0, 8);
}

/**
 * True when the query uses search operators (-word, "a phrase", or): the typed query then says
 * exactly what the reader wants, and other spellings are not added (they would bring an excluded
 * word back).
 */
export function hasSearchOperators(query: string): boolean {
  return /(?:^|\s)-\S|"|(?:^|\s)or(?:\s|$)/iu.test(query);
}

export type Expansion = {
  /** Other spellings of each typed word that published content uses (Bialiatski → Бяляцкі). */
  variants: Map<string, string[]>;
  /** Typed words the content never uses, with the nearest word it does (Bialatski → bialiatski). */
  corrections: Map<string, string>;
};

type Row = {
  query: string;
  variant: string;
  score: number;
  sameSkeleton: boolean;
  known: boolean;
};

/**
 * Other spellings and likely corrections of the typed words, from the lexicon of published
 * words: the same consonant skeleton with a similar Latin form (names across scripts and
 * transliterations), or a very similar Latin form (typos). Words of under four letters are
 * taken as typed.
 */
export async function expandQuery(words: string[]): Promise<Expansion> {
  const long = words.filter((word) => [...word].length >= 4);
  const variants = new Map<string, string[]>();
  const corrections = new Map<string, string>();
  if (long.length === 0) return { variants, corrections };
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT w.word AS query, s.word AS variant, s.score, s."sameSkeleton",
           EXISTS (SELECT 1 FROM "SearchWord" k WHERE k."word" = w.word) AS known
    FROM unnest(${long}::text[]) AS w(word)
    CROSS JOIN LATERAL (
      SELECT c."word", similarity(c."latin", campaign_search_latin(w.word)) AS score,
             c."skeleton" = campaign_search_skeleton(campaign_search_latin(w.word)) AS "sameSkeleton"
      FROM "SearchWord" c
      WHERE c."word" <> w.word
        AND ((c."skeleton" = campaign_search_skeleton(campaign_search_latin(w.word))
              AND char_length(c."skeleton") >= 4)
             OR c."latin" % campaign_search_latin(w.word))
      ORDER BY score DESC, c."documents" DESC
      LIMIT 6
    ) s
    WHERE s.score >= 0.25`;
  for (const row of rows) {
    // Another spelling of the same name; or, for a word the site never uses, a near miss.
    const isVariant = row.sameSkeleton || (!row.known && row.score >= 0.5);
    if (!isVariant) continue;
    const list = variants.get(row.query) ?? [];
    if (list.length < 4) list.push(row.variant);
    variants.set(row.query, list);
    if (!row.known && row.score >= 0.5 && !corrections.has(row.query)) {
      corrections.set(row.query, row.variant);
    }
  }
  return { variants, corrections };
}

/** A word as a tsquery in every way the index stores words: as written and stemmed. */
function wordQuery(word: string): Prisma.Sql {
  return Prisma.sql`(plainto_tsquery('simple', ${word})
    || plainto_tsquery('simple', campaign_be_stem(${word}))
    || plainto_tsquery('russian', ${word})
    || plainto_tsquery('english', ${word}))`;
}

/**
 * The query with each typed word OR-ed with its other spellings, all words required; null when
 * no word has another spelling (the plain query then says it all).
 */
export function expandedTsQuery(words: string[], expansion: Expansion): Prisma.Sql | null {
  if (expansion.variants.size === 0) return null;
  const factors = words.map((word) => {
    const alternatives = [word, ...(expansion.variants.get(word) ?? [])];
    return Prisma.sql`(${Prisma.join(alternatives.map(wordQuery), " || ")})`;
  });
  return Prisma.join(factors, " && ");
}
