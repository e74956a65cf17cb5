import "server-only";
import { getDb } from "@/lib/db";

/**
 * Publishes every scheduled article whose time has come, in one statement (so two instances
 * ticking together never publish one twice), and returns their ids for revalidation. updatedAt
 * is left alone: the text did not change, so an editor who has the article open saves without a
 * conflict.
 */
export async function publishDueArticles(now: Date = new Date()): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    UPDATE "Article"
    SET "status" = 'PUBLISHED'::"ArticleStatus"
    WHERE "status" = 'SCHEDULED'::"ArticleStatus" AND "publishedAt" <= ${now}
    RETURNING "id"`;
  return rows.map((row) => row.id);
}
