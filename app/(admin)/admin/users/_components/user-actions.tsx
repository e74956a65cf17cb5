"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import {
  changeUserRoleAction,
  resetUserPasswordAction,
  setUserActiveAction,
} from "@/lib/users/actions";
import { roleOptions } from "./role-options";

type User = { id: string; email: string; role: string; isActive: boolean };

const sectionClass = "border-line space-y-3 rounded border bg-white p-4";

export function RoleForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(changeUserRoleAction, initialFormState);
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">Role</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <SelectField
        label="Role"
        name="role"
        options={roleOptions}
        defaultValue={state.values?.role ?? user.role}
        key={state.values?.role ?? user.role}
        errors={state.ok ? undefined : state.fieldErrors?.role}
        hint="Changing the role signs the person out everywhere."
      />
      <SubmitButton pendingLabel="Saving…">Save role</SubmitButton>
    </form>
  );
}

export function ActiveForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(setUserActiveAction, initialFormState);
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">Access</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="isActive" value={user.isActive ? "false" : "true"} />
      <p className="text-muted text-sm">
        {user.isActive
          ? "A deactivated account cannot sign in, and its open sessions stop working at once."
          : "This account is deactivated. Reactivate it to let the person sign in again."}
      </p>
      <SubmitButton variant={user.isActive ? "danger" : "primary"} pendingLabel="Saving…">
        {user.isActive ? "Deactivate account" : "Reactivate account"}
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(resetUserPasswordAction, initialFormState);
  return (
    <form action={formAction} className={sectionClass} noValidate>
      <h2 className="text-lg font-semibold">Reset password</h2>
      <FormMessage result={state} />
      {state.ok && state.data.generatedPassword ? (
        <div>
          <p className="font-semibold">New password for {user.email} (shown only this once):</p>
          <p className="mt-1 font-mono text-lg break-all" data-testid="generated-password">
            {state.data.generatedPassword}
          </p>
        </div>
      ) : null}
      <input type="hidden" name="userId" value={user.id} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={state.ok ? undefined : state.fieldErrors?.password}
        hint="At least 12 characters. Leave empty to generate one."
      />
      <SubmitButton variant="secondary" pendingLabel="Resetting…">
        Reset password
      </SubmitButton>
    </form>
  );
}
