"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/admin/button";
import { restoreRevisionAction } from "@/lib/articles/actions";

export function RestoreRevisionButton({
  articleId,
  revisionId,
}: {
  articleId: string;
  revisionId: string;
}) {
  const [state, action] = useActionState(restoreRevisionAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary" pendingLabel="Restoring…">
        Restore this revision
      </SubmitButton>
      {state && !state.ok ? (
        <p role="alert" className="text-accent mt-1 text-sm font-semibold">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
