"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { savePetitionSettingsAction } from "@/lib/petitions/staff-actions";

/** How many days signers' data is kept after a petition is closed or delivered. */
export function PetitionSettingsForm({ retentionDays }: { retentionDays: number }) {
  const [state, action] = useActionState(savePetitionSettingsAction, initialFormState);
  const t = staffMessages().petitions.settings;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form
      action={action}
      className="border-line max-w-xl space-y-4 rounded border bg-white p-4"
      noValidate
    >
      <FormMessage result={state} />
      <Field
        label={t.retentionDays}
        name="retentionDays"
        inputMode="numeric"
        defaultValue={state.values?.retentionDays ?? String(retentionDays)}
        errors={errors?.retentionDays}
        hint={t.retentionHint}
        required
      />
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
