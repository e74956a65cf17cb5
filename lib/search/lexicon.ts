import "server-only";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** An advisory lock of its own, so two instances never rebuild the lexicon at once. */
const LEXICON_LOCK = 72_707_370;

/**
 * Refills the lexicon of searchable words from what readers can see: the titles and excerpts of
 * published articles and the names of the terms they carry (in every language). Words of fewer
 * than four letters and words with digits are left out. One transaction: readers' searches see
 * the old lexicon or the new, never half of it. Returns false when another instance holds the
 * lock (it is rebuilding the same thing).
 */
export async function rebuildSearchLexicon(db: PrismaClient = getDb()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(${LEXICON_LOCK}) AS locked`;
    if (!lock?.locked) return false;
    await tx.$executeRaw`DELETE FROM "SearchWord"`;
    await tx.$executeRaw`
      INSERT INTO "SearchWord" ("word", "latin", "skeleton", "documents")
      SELECT word, campaign_search_latin(word),
             campaign_search_skeleton(campaign_search_latin(word)), ndoc
      FROM ts_stat($stat$
        SELECT to_tsvector('simple', a."title" || ' ' || a."excerpt")
        FROM "Article" a WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= now()
        UNION ALL
        SELECT to_tsvector('simple', t."name") FROM "Term" t
        WHERE EXISTS (SELECT 1 FROM "_ArticleToTerm" l JOIN "Article" a ON a."id" = l."A"
                      WHERE l."B" = t."id" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= now())
        UNION ALL
        SELECT to_tsvector('simple', tt."name") FROM "TermTranslation" tt
        WHERE EXISTS (SELECT 1 FROM "_ArticleToTerm" l JOIN "Article" a ON a."id" = l."A"
                      WHERE l."B" = tt."termId" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= now())
      $stat$)
      WHERE char_length(word) >= 4 AND word !~ '[0-9]'`;
    return true;
  });
}

let lastFingerprint = "";

/**
 * Rebuilds the lexicon when published content, term names or which terms articles carry changed
 * since the last look (deleted and merged terms too). The ticker calls it; a look is a few
 * aggregates.
 */
export async function refreshSearchLexiconIfChanged(db: PrismaClient = getDb()): Promise<boolean> {
  const [row] = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) FROM "Article" WHERE "status" = 'PUBLISHED' AND "publishedAt" <= now()),
      (SELECT max("updatedAt") FROM "Article" WHERE "status" = 'PUBLISHED'),
      (SELECT max("updatedAt") FROM "Term"),
      (SELECT count(*) FROM "Term"),
      (SELECT count(*) FROM "_ArticleToTerm"),
      (SELECT max("updatedAt") FROM "TermTranslation"),
      (SELECT count(*) FROM "TermTranslation")) AS fingerprint`;
  const fingerprint = row?.fingerprint ?? "";
  if (fingerprint === lastFingerprint) return false;
  const rebuilt = await rebuildSearchLexicon(db);
  if (rebuilt) lastFingerprint = fingerprint;
  return rebuilt;
}
