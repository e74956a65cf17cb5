"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { signInAction } from "@/lib/auth/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const t = staffMessages();
  const [state, formAction] = useActionState(signInAction, { email: "", error: notice });
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state.error ? (
        <p
          role="alert"
          id="sign-in-error"
          className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3"
        >
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label={t.common.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        key={`email-${state.email}`}
        aria-describedby={state.error ? "sign-in-error" : undefined}
      />
      <Field
        label={t.common.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p className="text-sm">
        <Link href="/login/forgot" className="underline underline-offset-4">
          {t.passwordReset.link}
        </Link>
      </p>
      <SubmitButton pendingLabel={t.signIn.pending} className="w-full">
        {t.signIn.submit}
      </SubmitButton>
    </form>
  );
}
