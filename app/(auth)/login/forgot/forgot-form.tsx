"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { forgotPasswordAction } from "@/lib/auth/password-reset-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotForm() {
  const [state, formAction] = useActionState(forgotPasswordAction, initialFormState);
  const t = staffMessages();
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <FormMessage result={state} />
      <Field
        label={t.common.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        key={`email-${state.values?.email ?? ""}`}
        errors={errors.email}
      />
      <SubmitButton pendingLabel={t.passwordReset.sending} className="w-full">
        {t.passwordReset.send}
      </SubmitButton>
    </form>
  );
}
