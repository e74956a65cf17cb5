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
import { staffMessages } from "@/lib/i18n/messages/staff";

type User = { id: string; email: string; role: string; isActive: boolean };

const sectionClass = "border-line space-y-3 rounded border bg-white p-4";

export function RoleForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(changeUserRoleAction, initialFormState);
  const t = staffMessages();
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">{t.common.role}</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <SelectField
        label={t.common.role}
        name="role"
        options={roleOptions}
        defaultValue={state.values?.role ?? user.role}
        key={state.values?.role ?? user.role}
        errors={state.ok ? undefined : state.fieldErrors?.role}
        hint={t.users.roleChangeHint}
      />
      <SubmitButton pendingLabel={t.common.saving}>{t.users.saveRole}</SubmitButton>
    </form>
  );
}

export function ActiveForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(setUserActiveAction, initialFormState);
  const t = staffMessages();
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">{t.users.access}</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="isActive" value={user.isActive ? "false" : "true"} />
      <p className="text-muted text-sm">
        {user.isActive ? t.users.activeNote : t.users.inactiveNote}
      </p>
      <SubmitButton variant={user.isActive ? "danger" : "primary"} pendingLabel={t.common.saving}>
        {user.isActive ? t.users.deactivate : t.users.reactivate}
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(resetUserPasswordAction, initialFormState);
  const t = staffMessages().users;
  return (
    <form action={formAction} className={sectionClass} noValidate>
      <h2 className="text-lg font-semibold">{t.resetHeading}</h2>
      <FormMessage result={state} />
      {state.ok && state.data.generatedPassword ? (
        <div>
          <p className="font-semibold">{t.newPasswordFor(user.email)}</p>
          <p className="mt-1 font-mono text-lg break-all" data-testid="generated-password">
            {state.data.generatedPassword}
          </p>
        </div>
      ) : null}
      <input type="hidden" name="userId" value={user.id} />
      <Field
        label={t.newPassword}
        name="password"
        type="password"
        autoComplete="new-password"
        errors={state.ok ? undefined : state.fieldErrors?.password}
        hint={t.resetHint}
      />
      <SubmitButton variant="secondary" pendingLabel={t.resetting}>
        {t.reset}
      </SubmitButton>
    </form>
  );
}
