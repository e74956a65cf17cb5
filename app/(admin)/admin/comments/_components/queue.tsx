"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { QueueItem, type QueueRow } from "@/app/(admin)/admin/comments/_components/queue-item";
import { bulkModerateAction } from "@/lib/comments/moderation-actions";
import type { BulkOperation } from "@/lib/comments/schemas";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type QueueOperation = { operation: BulkOperation; label: string };

/**
 * The moderation queue: the bulk buttons and every comment with its own buttons share one
 * action, so whichever was pressed, the result is announced above the list.
 */
export function ModerationQueue({
  rows,
  total,
  operations,
  canReply,
  replyLabel,
  timeZone,
}: {
  rows: QueueRow[];
  total: number;
  operations: QueueOperation[];
  canReply: boolean;
  replyLabel: string;
  timeZone: string;
}) {
  const [state, moderate] = useActionState(bulkModerateAction, initialFormState);
  const t = staffMessages().comments;
  return (
    <>
      <div className="mb-4" aria-live="polite">
        <FormMessage result={state} />
      </div>
      <form id="bulk" action={moderate} className="mb-3 flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold">{t.withSelected}</span>
        {operations.map((op) => (
          <button
            key={op.operation}
            type="submit"
            name="operation"
            value={op.operation}
            className={buttonClass(op.operation === "delete" ? "danger" : "secondary")}
          >
            {op.label}
          </button>
        ))}
        <span className="text-muted text-sm">{t.count(total)}</span>
      </form>
      <ul className="space-y-4">
        {rows.map((row) => (
          <QueueItem
            key={row.id}
            row={row}
            operations={operations}
            moderate={moderate}
            canReply={canReply}
            replyLabel={replyLabel}
            timeZone={timeZone}
          />
        ))}
      </ul>
    </>
  );
}
