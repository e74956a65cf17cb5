import "server-only";
import { getDb } from "@/lib/db";

/** Comments waiting for a moderator (the badge in the admin navigation). */
export async function countPendingComments(): Promise<number> {
  return getDb().comment.count({ where: { status: "PENDING" } });
}

export type DashboardData = {
  drafts: number;
  inReview: number;
  scheduledCount: number;
  pendingComments: number;
  scheduled: { id: string; title: string; kind: "POST" | "PAGE"; publishedAt: Date | null }[];
  latestPublished: { id: string; title: string; kind: "POST" | "PAGE"; publishedAt: Date | null }[];
};

/** What the dashboard shows: work waiting for staff and what went out last. */
export async function getDashboardData(): Promise<DashboardData> {
  const db = getDb();
  const select = { id: true, title: true, kind: true, publishedAt: true } as const;
  const [drafts, inReview, scheduledCount, pendingComments, scheduled, latestPublished] =
    await Promise.all([
      db.article.count({ where: { status: "DRAFT" } }),
      db.article.count({ where: { status: "IN_REVIEW" } }),
      db.article.count({ where: { status: "SCHEDULED" } }),
      countPendingComments(),
      db.article.findMany({
        where: { status: "SCHEDULED" },
        orderBy: { publishedAt: "asc" },
        take: 10,
        select,
      }),
      db.article.findMany({
        where: { status: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        take: 8,
        select,
      }),
    ]);
  return { drafts, inReview, scheduledCount, pendingComments, scheduled, latestPublished };
}
