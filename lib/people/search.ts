import "server-only";
import { getDb } from "@/lib/db";
import { queryWords } from "@/lib/search/expansion";

/**
 * The published people a search names, best match first: a typed word matches a word of a
 * person's names (in every language) or other spellings when it reads the same in Latin
 * letters (Бяляцкі, Bialiatski), has the same consonants with a similar spelling (Byalyatski,
 * Bialiacki, Беляцкий, and inflected forms such as Бяляцкага), or is a near miss of it.
 */
export async function searchPeopleSlugs(query: string): Promise<string[]> {
  const words = queryWords(query).filter((word) => [...word].length >= 3);
  if (words.length === 0) return [];
  const rows = await getDb().$queryRaw<{ slug: string }[]>`
    WITH q AS (
      SELECT campaign_search_latin(word) AS latin,
             campaign_search_skeleton(campaign_search_latin(word)) AS skeleton
      FROM unnest(${words}::text[]) AS t(word)
    ),
    names AS (
      SELECT p.slug, p."updatedAt", w.word,
             campaign_search_latin(w.word) AS latin,
             campaign_search_skeleton(campaign_search_latin(w.word)) AS skeleton
      FROM "Person" p
      CROSS JOIN LATERAL (
        SELECT value AS name FROM jsonb_each_text(p.names)
        UNION ALL SELECT unnest(p.spellings)
      ) n
      CROSS JOIN LATERAL regexp_split_to_table(lower(n.name), '[^[:alnum:]]+') AS w(word)
      WHERE p.published AND char_length(w.word) >= 3
    )
    SELECT names.slug
    FROM names JOIN q ON
      q.latin = names.latin
      OR (char_length(names.skeleton) >= 3 AND char_length(q.latin) >= 4
          AND starts_with(q.skeleton, names.skeleton) AND similarity(q.latin, names.latin) >= 0.3)
      OR similarity(q.latin, names.latin) >= 0.5
    GROUP BY names.slug
    ORDER BY count(DISTINCT q.latin) DESC, max(similarity(q.latin, names.latin)) DESC, names.slug
    LIMIT 6`;
  return rows.map((row) => row.slug);
}
