"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { Flash, FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { createUserAction } from "@/lib/users/actions";
import { roleOptions } from "./role-options";
import { staffMessages } from "@/lib/i18n/messages/staff";

export function CreateUserForm() {
  const [state, formAction] = useActionState(createUserAction, initialFormState);
  const t = staffMessages();
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Flash>{state.message}</Flash>
        {state.data.generatedPassword ? (
          <div className="border-line rounded border bg-white p-4">
            <p className="font-semibold">{t.users.generatedPassword}</p>
            <p className="mt-2 font-mono text-lg break-all" data-testid="generated-password">
              {state.data.generatedPassword}
            </p>
            <p className="text-muted mt-2 text-sm">{t.users.giveIt(state.data.email)}</p>
          </div>
        ) : null}
        <p className="flex gap-4">
          <Link href="/admin/users" className="text-accent font-semibold underline">
            {t.users.backToUsers}
          </Link>
          <Link href="/admin/users/new" className="text-accent font-semibold underline">
            {t.users.addAnother}
          </Link>
        </p>
      </div>
    );
  }
  const values = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <FormMessage result={state} />
      <Field
        label={t.common.email}
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={values.email}
        errors={errors.email}
      />
      <Field
        label={t.common.name}
        name="name"
        autoComplete="off"
        defaultValue={values.name}
        errors={errors.name}
      />
      <SelectField
        label={t.common.role}
        name="role"
        options={roleOptions}
        defaultValue={values.role ?? "AUTHOR"}
        errors={errors.role}
        hint={t.users.roleHint}
      />
      <Field
        label={t.common.password}
        name="password"
        type="password"
        autoComplete="new-password"
        errors={errors.password}
        hint={t.users.passwordHint}
      />
      <SubmitButton pendingLabel={t.users.creating}>{t.users.create}</SubmitButton>
    </form>
  );
}
