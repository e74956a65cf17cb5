"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { RecoveryCodeList } from "@/components/admin/recovery-code-list";
import {
  cancelAuthenticatorSetupAction,
  confirmAuthenticatorAction,
  removeAuthenticatorAction,
  startAuthenticatorSetupAction,
} from "@/lib/auth/two-factor/actions";
import { type FormState, initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

const box = "border-line space-y-4 rounded border bg-white p-4 md:p-6";

/**
 * Setting up, moving and turning off the authenticator app. Always rendered in the same place,
 * so the recovery codes a confirmation returns stay on screen after the page refreshes.
 */
export function AuthenticatorPanel({
  since,
  setup,
}: {
  since: string | null;
  setup: { qrSvg: string; secret: string } | null;
}) {
  const t = staffMessages().twoFactor;
  const [confirmed, confirm] = useActionState(
    confirmAuthenticatorAction,
    initialFormState as FormState<{ codes: string[] }>,
  );
  const [removed, remove] = useActionState(removeAuthenticatorAction, initialFormState);
  const errors = confirmed.ok ? {} : (confirmed.fieldErrors ?? {});
  return (
    <section id="authenticator" aria-labelledby="authenticator-heading" className={box}>
      <h2 id="authenticator-heading" className="text-lg font-semibold">
        {t.appHeading}
      </h2>
      {confirmed.ok ? <FormMessage result={confirmed} /> : null}
      {confirmed.ok ? <RecoveryCodeList codes={confirmed.data?.codes ?? []} /> : null}
      <FormMessage result={removed} />
      <p>{since ? t.appOn(since) : t.appOff}</p>
      {setup ? (
        <div className="space-y-4">
          <p>{t.scan}</p>
          <div
            role="img"
            aria-label={t.qrLabel}
            className="w-56 max-w-full border border-black bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
            // Drawn on this server from the otpauth:// address (uqr); nothing leaves the site.
            dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          />
          <p>
            {t.secretLabel}:{" "}
            <code className="font-mono text-lg break-all select-all">{setup.secret}</code>
          </p>
          <form action={confirm} className="space-y-4" noValidate>
            {confirmed.ok ? null : <FormMessage result={confirmed} />}
            <Field
              label={t.confirmLabel}
              name="code"
              id="confirm-code"
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              errors={errors.code}
              required
            />
            <SubmitButton pendingLabel={t.confirming}>{t.confirm}</SubmitButton>
          </form>
          <form action={cancelAuthenticatorSetupAction}>
            <SubmitButton variant="secondary">{t.cancelSetup}</SubmitButton>
          </form>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <form action={startAuthenticatorSetupAction}>
            <SubmitButton variant={since ? "secondary" : "primary"}>
              {since ? t.replaceApp : t.setUpApp}
            </SubmitButton>
          </form>
          {since ? (
            <form action={remove}>
              <SubmitButton variant="secondary">{t.removeApp}</SubmitButton>
            </form>
          ) : null}
        </div>
      )}
    </section>
  );
}
