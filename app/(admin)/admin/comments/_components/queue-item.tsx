"use client";

import { useActionState } from "react";
import { SubmitButton, buttonClass } from "@/components/admin/button";
import { TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import type { QueueOperation } from "@/app/(admin)/admin/comments/_components/queue";
import { editCommentAction, replyAsStaffAction } from "@/lib/comments/moderation-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** One comment in the queue, as the page passes it (dates as ISO strings). */
export type QueueRow = {
  id: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  bodyHtml: string;
  createdAt: string;
  isStaff: boolean;
  article: { id: string; title: string; href: string; queueHref: string };
  parent: { authorName: string; excerpt: string } | null;
};

type Props = {
  row: QueueRow;
  operations: QueueOperation[];
  moderate: (formData: FormData) => void;
  canReply: boolean;
  replyLabel: string;
  timeZone: string;
};

/** A comment with its buttons, a reply form and an edit form. */
export function QueueItem({ row, operations, moderate, canReply, replyLabel, timeZone }: Props) {
  const t = staffMessages();
  const when = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return (
    <li
      data-queue-comment={row.id}
      className="border-line grid gap-4 rounded border bg-white p-4 lg:grid-cols-[1fr_16rem]"
    >
      <div>
        <div className="flex flex-wrap items-baseline gap-x-3 text-sm">
          <input
            type="checkbox"
            name="ids"
            value={row.id}
            form="bulk"
            aria-label={t.comments.selectComment(row.authorName)}
            className="h-4 w-4 self-center"
          />
          <strong>{row.authorName}</strong>
          {row.isStaff && <span className="text-xs font-bold uppercase">{t.comments.staff}</span>}
          <span>{row.authorEmail}</span>
          {row.authorUrl && <span className="text-muted break-all">{row.authorUrl}</span>}
          <time dateTime={row.createdAt} className="text-muted">
            {when.format(new Date(row.createdAt))}
          </time>
        </div>
        <div
          className="comment-body mt-2 break-words"
          // Stored HTML was cleaned by the comment sanitizer on write.
          dangerouslySetInnerHTML={{ __html: row.bodyHtml }}
        />
        <div className="mt-3 flex flex-wrap gap-2">
          {operations.map((op) => (
            <form key={op.operation} action={moderate}>
              <input type="hidden" name="ids" value={row.id} />
              <button
                type="submit"
                name="operation"
                value={op.operation}
                className={buttonClass(op.operation === "delete" ? "danger" : "link")}
              >
                {op.label}
              </button>
            </form>
          ))}
        </div>
        {canReply && <ReplyForm parentId={row.id} label={replyLabel} />}
        <EditForm id={row.id} body={row.bodyHtml} />
      </div>
      <aside className="text-sm" aria-label={t.comments.article}>
        <p className="text-muted">{t.comments.on}</p>
        <p className="font-semibold">
          <a href={row.article.href} className="underline">
            {row.article.title}
          </a>
        </p>
        <p>
          <a href={row.article.queueHref} className="text-accent underline">
            {t.comments.allOnArticle}
          </a>
        </p>
        {row.parent && (
          <p className="text-muted mt-2">
            {t.comments.inReplyTo} <strong>{row.parent.authorName}</strong>
            {t.comments.quoted(row.parent.excerpt)}
          </p>
        )}
      </aside>
    </li>
  );
}

function ReplyForm({ parentId, label }: { parentId: string; label: string }) {
  const [state, action] = useActionState(replyAsStaffAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const t = staffMessages();
  return (
    <details className="mt-2" open={!state.ok && !!state.values?.body}>
      <summary className="cursor-pointer text-sm font-semibold">{label}</summary>
      <form action={action} className="mt-2 space-y-2">
        <FormMessage result={state} />
        <input type="hidden" name="parentId" value={parentId} />
        <TextareaField
          label={t.comments.replyBody}
          name="body"
          id={`reply-${parentId}`}
          rows={3}
          required
          defaultValue={state.values?.body ?? ""}
          errors={errors.body}
        />
        <SubmitButton pendingLabel={t.common.publishing}>{label}</SubmitButton>
      </form>
    </details>
  );
}

function EditForm({ id, body }: { id: string; body: string }) {
  const [state, action] = useActionState(editCommentAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const t = staffMessages();
  return (
    <details className="mt-2" open={!state.ok && state.values?.body !== undefined}>
      <summary className="cursor-pointer text-sm font-semibold">{t.comments.editText}</summary>
      <form action={action} className="mt-2 space-y-2">
        <FormMessage result={state} />
        <input type="hidden" name="id" value={id} />
        <TextareaField
          label={t.comments.editBody}
          name="body"
          id={`edit-${id}`}
          rows={5}
          defaultValue={state.values?.body ?? body}
          errors={errors.body}
          className="font-mono text-sm"
        />
        <SubmitButton variant="secondary" pendingLabel={t.common.saving}>
          {t.comments.saveText}
        </SubmitButton>
      </form>
    </details>
  );
}
