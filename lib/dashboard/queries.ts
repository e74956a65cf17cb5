import "server-only";
import { visibleTo } from "@/lib/articles/admin-queries";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { countPendingComments } from "@/lib/comments/queries";
import { getDb } from "@/lib/db";

export type DashboardData = {
  drafts: number;
  inReview: number;
  scheduledCount: number;
  pendingComments: number;
  scheduled: { id: string; title: string; kind: "POST" | "PAGE"; publishedAt: Date | null }[];
  latestPublished: { id: string; title: string; kind: "POST" | "PAGE"; publishedAt: Date | null }[];
};

/**
 * What the dashboard shows: work waiting for staff and what went out last, limited to what the
 * actor may open (an author sees their own articles only). Needs admin:access.
 */
export async function getDashboardData(actor: Actor): Promise<DashboardData> {
  assertCan(actor, "admin:access");
  const db = getDb();
  const mine = visibleTo(actor);
  const writes = can(actor, "article:create");
  const select = { id: true, title: true, kind: true, publishedAt: true } as const;
  const none = Promise.resolve(0);
  const [drafts, inReview, scheduledCount, pendingComments, scheduled, latestPublished] =
    await Promise.all([
      writes ? db.article.count({ where: { ...mine, status: "DRAFT" } }) : none,
      writes ? db.article.count({ where: { ...mine, status: "IN_REVIEW" } }) : none,
      writes ? db.article.count({ where: { ...mine, status: "SCHEDULED" } }) : none,
      can(actor, "comment:moderate") ? countPendingComments(actor) : none,
      writes
        ? db.article.findMany({
            where: { ...mine, status: "SCHEDULED" },
            orderBy: { publishedAt: "asc" },
            take: 10,
            select,
          })
        : Promise.resolve([]),
      writes
        ? db.article.findMany({
            where: { ...mine, status: "PUBLISHED" },
            orderBy: { publishedAt: "desc" },
            take: 8,
            select,
          })
        : Promise.resolve([]),
    ]);
  return { drafts, inReview, scheduledCount, pendingComments, scheduled, latestPublished };
}
