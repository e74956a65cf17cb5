"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { revokePreviewLinkAction } from "@/lib/articles/preview-links-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Revoke one preview link: from then on it answers "not found". */
export function RevokePreviewLinkForm({
  articleId,
  linkId,
  label,
}: {
  articleId: string;
  linkId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(revokePreviewLinkAction, initialFormState);
  const t = staffMessages().previewLinks;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage result={state.ok ? undefined : state} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton variant="danger" aria-label={t.revokeLabel(label)}>
        {t.revoke}
      </SubmitButton>
    </form>
  );
}
