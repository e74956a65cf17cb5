"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { changePasswordAction } from "@/lib/auth/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const t = staffMessages();
  return (
    <form
      action={formAction}
      className="border-line max-w-lg space-y-4 rounded border bg-white p-4 md:p-6"
      noValidate
      aria-labelledby="password-heading"
    >
      <h2 id="password-heading" className="text-lg font-semibold">
        {t.account.changeHeading}
      </h2>
      <FormMessage result={state} />
      <Field
        label={t.account.current}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={errors.currentPassword}
      />
      <Field
        label={t.account.newPassword}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={errors.newPassword}
        hint={t.account.newHint}
      />
      <Field
        label={t.account.again}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={errors.confirmPassword}
      />
      <SubmitButton pendingLabel={t.common.saving}>{t.account.submit}</SubmitButton>
    </form>
  );
}
