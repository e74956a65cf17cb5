"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { verifyCodeAction } from "@/lib/auth/second-step-actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** One code form of the second step: the authenticator app's code, or a recovery code. */
export function CodeForm({ method }: { method: "totp" | "recovery" }) {
  const t = staffMessages().twoFactor;
  const [state, formAction] = useActionState(verifyCodeAction, {});
  const totp = method === "totp";
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="method" value={method} />
      <Field
        label={totp ? t.codeLabel : t.recoveryLabel}
        name="code"
        id={totp ? "code" : "recovery-code"}
        errors={state.error ? [state.error] : undefined}
        hint={totp ? t.codeHint : t.recoveryHint}
        autoComplete="one-time-code"
        inputMode={totp ? "numeric" : "text"}
        pattern={totp ? "[0-9 ]*" : undefined}
        spellCheck={false}
        autoFocus={state.error ? true : totp}
        required
      />
      <SubmitButton pendingLabel={t.verifying} className="w-full">
        {totp ? t.verify : t.useRecovery}
      </SubmitButton>
    </form>
  );
}
