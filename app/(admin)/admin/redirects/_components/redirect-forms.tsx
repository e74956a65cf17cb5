"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { createRedirectAction, updateRedirectTargetAction } from "@/lib/redirects/actions";

/** The add form beside the list; a refusal keeps both addresses as they were typed. */
export function CreateRedirectForm() {
  const [state, action] = useActionState(createRedirectAction, initialFormState);
  const t = staffMessages().redirects;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form
      action={action}
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-labelledby="add-redirect"
    >
      <h2 id="add-redirect" className="text-lg font-semibold">
        {t.add}
      </h2>
      <FormMessage result={state} />
      <Field
        label={t.fromPath}
        name="fromPath"
        id="new-fromPath"
        defaultValue={state.values?.fromPath ?? ""}
        errors={errors?.fromPath}
        hint={t.fromPathHint}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <Field
        label={t.target}
        name="target"
        id="new-target"
        defaultValue={state.values?.target ?? ""}
        errors={errors?.target}
        hint={t.targetHint}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SubmitButton pendingLabel={t.adding}>{t.addButton}</SubmitButton>
    </form>
  );
}

/** Where one redirect leads; its old address stays as it is. */
export function EditRedirectForm({ id, target }: { id: string; target: string }) {
  const [state, action] = useActionState(updateRedirectTargetAction, initialFormState);
  const t = staffMessages();
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={action} className="border-line max-w-xl space-y-3 rounded border bg-white p-4">
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      <Field
        label={t.redirects.target}
        name="target"
        id="edit-target"
        defaultValue={state.values?.target ?? target}
        errors={errors?.target}
        hint={t.redirects.targetHint}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SubmitButton pendingLabel={t.common.saving}>{t.common.save}</SubmitButton>
    </form>
  );
}
