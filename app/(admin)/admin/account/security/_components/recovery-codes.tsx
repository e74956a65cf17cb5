"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { RecoveryCodeList } from "@/components/admin/recovery-code-list";
import { regenerateRecoveryCodesAction } from "@/lib/auth/two-factor/actions";
import { type FormState, initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** How many recovery codes are left, and making ten new ones (shown once). */
export function RecoveryCodes({ left, hasFactor }: { left: number; hasFactor: boolean }) {
  const t = staffMessages().twoFactor;
  const [state, formAction] = useActionState(
    regenerateRecoveryCodesAction,
    initialFormState as FormState<{ codes: string[] }>,
  );
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="border-line space-y-4 rounded border bg-white p-4 md:p-6"
    >
      <h2 id="recovery-codes-heading" className="text-lg font-semibold">
        {t.codesHeading}
      </h2>
      <FormMessage result={state} />
      {state.ok ? <RecoveryCodeList codes={state.data?.codes ?? []} /> : null}
      <p>{hasFactor ? t.codesLeft(left) : t.codesNone}</p>
      {hasFactor ? (
        <form action={formAction}>
          <SubmitButton variant="secondary" aria-describedby="new-codes-hint">
            {t.newCodes}
          </SubmitButton>
          <p id="new-codes-hint" className="text-muted mt-1 text-sm">
            {t.newCodesHint}
          </p>
        </form>
      ) : null}
    </section>
  );
}
