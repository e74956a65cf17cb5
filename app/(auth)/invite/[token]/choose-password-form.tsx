"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { type FormState, initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Props = {
  token: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  submit: string;
  pending: string;
};

/** A new password typed twice, for an invitation link or a reset link (the link's token rides along). */
export function ChoosePasswordForm({ token, action, submit, pending }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const t = staffMessages().invitations;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label={t.password}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
        hint={t.passwordHint}
      />
      <Field
        label={t.again}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <SubmitButton pendingLabel={pending} className="w-full">
        {submit}
      </SubmitButton>
    </form>
  );
}
