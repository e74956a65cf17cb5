"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { Flash, FormMessage } from "@/components/admin/form-message";
import { inviteStaffAction } from "@/lib/auth/invitations-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { roleOptions } from "./role-options";

/** Invites a person by email: they choose their own password from the link they get. */
export function InviteForm() {
  const [state, formAction] = useActionState(inviteStaffAction, initialFormState);
  const t = staffMessages();
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Flash>{state.message}</Flash>
        <p className="flex gap-4">
          <Link href="/admin/users" className="text-accent font-semibold underline">
            {t.users.backToUsers}
          </Link>
          <Link href="/admin/users/new" className="text-accent font-semibold underline">
            {t.invitations.inviteAnother}
          </Link>
        </p>
      </div>
    );
  }
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <p className="text-muted text-sm">{t.invitations.inviteHint}</p>
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
      <SubmitButton pendingLabel={t.invitations.sending}>{t.invitations.send}</SubmitButton>
    </form>
  );
}
