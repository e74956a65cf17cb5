"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import type { TwoFactorPolicy } from "@/lib/auth/two-factor/policy";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { updateSecuritySettingsAction } from "@/lib/settings/actions";

/** Who must use two-step verification: nobody, admins and editors, or everyone. */
export function SecuritySettingsForm({ policy }: { policy: TwoFactorPolicy }) {
  const [state, formAction] = useActionState(updateSecuritySettingsAction, initialFormState);
  const t = staffMessages().twoFactor;
  const current = (state.values?.twoFactorRequiredFor as TwoFactorPolicy | undefined) ?? policy;
  const options: [TwoFactorPolicy, string][] = [
    ["nobody", t.policyNobody],
    ["privileged", t.policyPrivileged],
    ["everyone", t.policyEveryone],
  ];
  return (
    <form
      action={formAction}
      className="border-line space-y-4 rounded border bg-white p-4 md:p-6"
      aria-labelledby="security-heading"
      key={current}
    >
      <h2 id="security-heading" className="text-lg font-semibold">
        {t.policyHeading}
      </h2>
      <FormMessage result={state} />
      <fieldset className="space-y-2" aria-describedby="security-hint">
        <legend className="text-sm font-semibold">{t.policyLabel}</legend>
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="twoFactorRequiredFor"
              value={value}
              defaultChecked={current === value}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p id="security-hint" className="text-muted text-sm">
        {t.policyHint}
      </p>
      <SubmitButton pendingLabel={staffMessages().common.saving}>{t.policySave}</SubmitButton>
    </form>
  );
}
