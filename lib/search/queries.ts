import "server-only";
import { LRUCache } from "lru-cache";
import { PAGE_SIZE } from "@/lib/articles/queries";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  expandQuery,
  expandedTsQuery,
  hasSearchOperators,
  queryWords,
} from "@/lib/search/expansion";
import { isInsideNextServer } from "@/lib/env";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { articleLang } from "@/lib/articles/view";
import type { Lang } from "@/lib/i18n/languages";

/** Markers ts_headline puts around matches; they cannot occur in sanitized text. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

type SearchHit = {
  id: string;
  kind: ArticleKind;
  slug: string;
  language: Lang;
  title: string;
  publishedAt: string;
  /** Plain text with MATCH_START/MATCH_END around the matched words (HTML entities still encoded). */
  snippet: string;
};

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  page: number;
  totalPages: number;
  /** Other spellings searched too, as the site writes them ("бяляцкі", "bialiatski"). */
  alsoSearched: string[];
  /** The query with its unknown words replaced by the nearest ones the site uses, if any. */
  suggestion: string | null;
};

type Row = Omit<SearchHit, "publishedAt" | "language"> & {
  language: string;
  publishedAt: Date;
  total: bigint;
};

/**
 * The tsquery for what a reader typed: English and Russian words in any inflection, Belarusian
 * ones through the site's stemmer, everything as written, and other spellings of the words
 * (other scripts, transliterations, near misses) from the lexicon. The query is never parsed as
 * syntax beyond web search's own (quotes, "or", "-"): any string is safe.
 */
function matchQuery(query: string, expanded: Prisma.Sql | null): Prisma.Sql {
  const typed = Prisma.sql`websearch_to_tsquery('english', ${query})
      || websearch_to_tsquery('russian', ${query})
      || websearch_to_tsquery('simple', campaign_be_stem(${query}))
      || websearch_to_tsquery('simple', ${query})`;
  return expanded ? Prisma.sql`(${typed} || (${expanded}))` : Prisma.sql`(${typed})`;
}

async function countMatches(match: Prisma.Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Article" a
    WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now() AND a."searchVector" @@ ${match}`;
  return Number(row?.total ?? 0n);
}

/**
 * Recent searches, kept in this process only: queries are keys visitors choose, so the cache is
 * bounded (entries and bytes) and forgets on its own; a change to published articles empties it.
 */
const recentSearches = new LRUCache<string, SearchResults>({
  max: 2_000,
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (results) => Math.max(1, JSON.stringify(results).length),
  ttl: 5 * 60 * 1000,
});

/** After any change to what is published (called with the revalidation of article lists). */
export function forgetRecentSearches(): void {
  recentSearches.clear();
}

/**
 * Full-text search over published articles and pages, ranked (title above excerpt above body),
 * with highlighted snippets, served from the bounded cache of recent searches.
 */
export async function searchArticles(
  query: string,
  page: number,
  lang: Lang,
): Promise<SearchResults> {
  if (!isInsideNextServer()) return runSearch(query, page, lang);
  const key = `${lang}\u0000${page}\u0000${query}`;
  const kept = recentSearches.get(key);
  if (kept) return kept;
  const results = await runSearch(query, page, lang);
  recentSearches.set(key, results);
  return results;
}

/** Matches in the reader's language come first, then the rest, each by rank. */
const runSearch = async (query: string, page: number, lang: Lang): Promise<SearchResults> => {
  const words = hasSearchOperators(query) ? [] : queryWords(query);
  const expansion = await expandQuery(words);
  const match = matchQuery(query, expandedTsQuery(words, expansion));
  const alsoSearched = [...new Set([...expansion.variants.values()].flat())];
  const suggestion =
    expansion.corrections.size > 0
      ? words.map((word) => expansion.corrections.get(word) ?? word).join(" ")
      : null;
  const empty = (total: number) => ({
    hits: [],
    total,
    page,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    alsoSearched,
    suggestion,
  });
  // Past the first page, count first: a page past the end (a number anyone can type) then costs
  // one count, never a ranking of every match.
  if (page > 1) {
    const total = await countMatches(match);
    if (page > Math.max(1, Math.ceil(total / PAGE_SIZE))) return empty(total);
  }
  const rows = await getDb().$queryRaw<Row[]>`
      WITH q AS (SELECT ${match} AS query)
      SELECT a.id, a.kind, a.slug, a.language, a.title, a."publishedAt",
        ts_headline(
          CASE a.language WHEN 'ru' THEN 'russian' WHEN 'en' THEN 'english' ELSE 'simple' END::regconfig,
          regexp_replace(a.excerpt || ' ' || a.body, '<[^>]*>', ' ', 'g'),
          q.query,
          'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'
        ) AS snippet,
        count(*) OVER () AS total
      FROM "Article" a, q
      WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now() AND a."searchVector" @@ q.query
      ORDER BY (a.language = ${lang}) DESC, ts_rank_cd(a."searchVector", q.query) DESC,
        a."publishedAt" DESC, a.id
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  // Past the last page the window count has no row to ride on: count on its own.
  const total =
    rows.length > 0 || page === 1 ? Number(rows[0]?.total ?? 0n) : await countMatches(match);
  return {
    ...empty(total),
    hits: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      slug: row.slug,
      language: articleLang(row.language),
      title: row.title,
      snippet: row.snippet,
      publishedAt: row.publishedAt.toISOString(),
    })),
  };
};
