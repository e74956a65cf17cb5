"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { articleLifecycleAction } from "@/lib/articles/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Trash, restore and delete-permanently buttons under the editor (each its own small form). */
export function ArticleLifecycle({
  id,
  kind,
  status,
  canTrash,
  canPurge,
}: {
  id: string;
  kind: "POST" | "PAGE";
  status: string;
  canTrash: boolean;
  canPurge: boolean;
}) {
  const [state, action] = useActionState(articleLifecycleAction, initialFormState);
  const t = staffMessages();
  if (!canTrash && !canPurge) return null;
  return (
    <section
      aria-labelledby="lifecycle-heading"
      className="border-line mt-8 rounded border bg-white p-4"
    >
      <h2 id="lifecycle-heading" className="font-semibold">
        {t.editor.lifecycle.heading}
      </h2>
      <FormMessage result={state} />
      <div className="mt-2 flex flex-wrap gap-2">
        {canTrash && status !== "TRASH" ? (
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton name="operation" value="trash" variant="secondary">
              {t.editor.lifecycle.moveToTrash}
            </SubmitButton>
          </form>
        ) : null}
        {canTrash && status === "TRASH" ? (
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton name="operation" value="restore" variant="secondary">
              {t.common.restore}
            </SubmitButton>
          </form>
        ) : null}
        {canPurge && status === "TRASH" ? (
          <form
            action={action}
            onSubmit={(event) => {
              if (!window.confirm(t.editor.lifecycle.confirmPurge)) {
                event.preventDefault();
              }
            }}
          >
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="kind" value={kind} />
            <SubmitButton name="operation" value="purge" variant="danger">
              {t.common.deletePermanently}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </section>
  );
}
