"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import {
  changeUserRoleAction,
  resetSecondFactorAction,
  sendPasswordResetLinkAction,
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

/** Mails the person a link to choose a new password: nobody else ever types it. */
export function ResetLinkForm({ user }: { user: User }) {
  const [state, formAction] = useActionState(sendPasswordResetLinkAction, initialFormState);
  const t = staffMessages().users;
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">{t.passwordHeading}</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <p className="text-muted text-sm">{t.resetLinkHint}</p>
      <SubmitButton variant="secondary" pendingLabel={t.sendingResetLink}>
        {t.sendResetLink}
      </SubmitButton>
    </form>
  );
}

/**
 * Removes the person's second factors when they lost them (not one's own: that is done on one's
 * security page). Without any, the section says so.
 */
export function TwoFactorResetForm({
  user,
  self,
}: {
  user: User & { hasSecondFactor: boolean };
  self: boolean;
}) {
  const [state, formAction] = useActionState(resetSecondFactorAction, initialFormState);
  const t = staffMessages().twoFactor;
  // After a reset the page shows the account without factors; the message stays on top.
  const note = self ? t.resetSelf : user.hasSecondFactor ? t.resetHint : t.resetNothing;
  return (
    <form action={formAction} className={sectionClass}>
      <h2 className="text-lg font-semibold">{t.resetHeading}</h2>
      <FormMessage result={state} />
      <input type="hidden" name="userId" value={user.id} />
      <p className="text-muted text-sm">{note}</p>
      {!self && user.hasSecondFactor ? (
        <SubmitButton variant="danger" pendingLabel={t.resetting}>
          {t.reset}
        </SubmitButton>
      ) : null}
    </form>
  );
}
