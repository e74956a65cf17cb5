"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { Flash, FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { createUserAction } from "@/lib/users/actions";
import { roleOptions } from "./role-options";

export function CreateUserForm() {
  const [state, formAction] = useActionState(createUserAction, initialFormState);
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Flash>{state.message}</Flash>
        {state.data.generatedPassword ? (
          <div className="border-line rounded border bg-white p-4">
            <p className="font-semibold">Generated password (shown only this once):</p>
            <p className="mt-2 font-mono text-lg break-all" data-testid="generated-password">
              {state.data.generatedPassword}
            </p>
            <p className="text-muted mt-2 text-sm">
              Give it to {state.data.email} by a safe channel; they can change it under Account.
            </p>
          </div>
        ) : null}
        <p className="flex gap-4">
          <Link href="/admin/users" className="text-accent font-semibold underline">
            Back to users
          </Link>
          <Link href="/admin/users/new" className="text-accent font-semibold underline">
            Add another
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
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={values.email}
        errors={errors.email}
      />
      <Field
        label="Name"
        name="name"
        autoComplete="off"
        defaultValue={values.name}
        errors={errors.name}
      />
      <SelectField
        label="Role"
        name="role"
        options={roleOptions}
        defaultValue={values.role ?? "AUTHOR"}
        errors={errors.role}
        hint="Administrators manage users and settings; editors publish; authors write their own articles; moderators handle comments."
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={errors.password}
        hint="At least 12 characters. Leave empty to generate one, shown once."
      />
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </form>
  );
}
