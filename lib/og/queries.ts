import "server-only";
import { publishedWhere } from "@/lib/articles/queries";
import { getDb } from "@/lib/db";

/** What a share image needs of a published article or page; null when it is not public. */
export async function findShareImageArticle(id: string) {
  const row = await getDb().article.findFirst({
    where: { id, ...publishedWhere() },
    select: {
      id: true,
      title: true,
      language: true,
      publishedAt: true,
      updatedAt: true,
      coverImage: { select: { storageKey: true, mimeType: true, variants: true } },
    },
  });
  if (!row) return null;
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
