"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/admin/button";
import { restoreRevisionAction } from "@/lib/articles/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

export function RestoreRevisionButton({
  articleId,
  revisionId,
}: {
  articleId: string;
  revisionId: string;
}) {
  const [state, action] = useActionState(restoreRevisionAction, initialFormState);
  const t = staffMessages().revisions;
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary" pendingLabel={t.restoring}>
        {t.restore}
      </SubmitButton>
      {state && !state.ok ? (
        <p role="alert" className="text-accent mt-1 text-sm font-semibold">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
