"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { retryImportJobAction } from "@/lib/import/wordpress/job-actions";

/** Queues a failed import again; a plain form post without JavaScript. */
export function RetryImportForm({ id }: { id: string }) {
  const [state, action] = useActionState(retryImportJobAction, initialFormState);
  const t = staffMessages().imports.job;
  return (
    <form action={action} className="space-y-2">
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel={t.retrying}>{t.retry}</SubmitButton>
      <p className="text-muted text-sm">{t.retryNote}</p>
    </form>
  );
}
