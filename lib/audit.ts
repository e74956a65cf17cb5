import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

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
