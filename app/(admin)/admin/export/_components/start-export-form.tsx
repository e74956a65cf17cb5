"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { startStaticExportAction } from "@/lib/static-export/job-actions";

/** Queues an export of the public site; a plain form post without JavaScript. */
export function StartExportForm({ isRunning }: { isRunning: boolean }) {
  const [state, action] = useActionState(startStaticExportAction, initialFormState);
  const t = staffMessages().staticExport;
  return (
    <form action={action} className="space-y-2" aria-label={t.start}>
      <FormMessage result={state} />
      <SubmitButton pendingLabel={t.starting} disabled={isRunning}>
        {t.start}
      </SubmitButton>
    </form>
  );
}
