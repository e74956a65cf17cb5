import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: string;
};

/** One page of the audit log, newest first, optionally for one action (audit:view). */
export async function listAuditEntries(
  actor: Actor | null,
  { action, page }: { action?: string; page: number },
): Promise<{ rows: AuditRow[]; pageCount: number; actions: string[] }> {
  assertCan(actor, "audit:view");
  const db = getDb();
  const where = action ? { action } : {};
  const [rows, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        targetType: true,
        targetId: true,
        summary: true,
      },
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
  ]);
  return {
    rows,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
  };
}
