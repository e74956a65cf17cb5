import { getDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertCan } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient | PrismaClient;

export type AuditEntry = {
  /** Dotted verb: "auth.sign_in", "auth.sign_in_failed", "article.publish", "user.role_change",
   * "setting.update", "comment.approve" … */
  action: string;
  targetType?: string;
  targetId?: string;
  /** One line a person can read in the audit page. */
  summary: string;
  details?: Prisma.InputJsonValue;
};

// The one module of the audit log: written here by services (and the command line, which is why
// this module is not server-only), read here by the audit page.

/**
 * Appends an entry to the audit log (the table refuses updates and deletes). Pass the transaction
 * of the change it records, so both are written or neither.
 */
export async function recordAudit(
  actor: Actor | null,
  entry: AuditEntry,
  tx: Tx = getDb(),
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      summary: entry.summary,
      details: entry.details ?? {},
    },
  });
}

const AUDIT_PAGE_SIZE = 50;

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
