"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { endSessionWithLinkAction } from "@/lib/auth/sessions-actions";
import { type FormState, initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Props = { token: string; device: string; began: string; endedBefore: boolean };

/**
 * The session the link names and the button that ends it (a plain form: it works without
 * JavaScript); once ended, the way on to a new password.
 */
export function EndSessionForm({ token, device, began, endedBefore }: Props) {
  const [state, formAction] = useActionState<FormState<{ ended: boolean }>, FormData>(
    endSessionWithLinkAction,
    initialFormState,
  );
  const t = staffMessages().sessions;
  if (state.ok || endedBefore) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t.endedTitle}</h1>
        <p role="status" className="mt-4">
          {state.ok && state.data.ended ? t.ended : t.endedBefore}
        </p>
        <p className="mt-6">
          <Link href="/login/forgot" className="font-semibold underline underline-offset-4">
            {t.chooseNew}
          </Link>
        </p>
        <p className="text-muted mt-2 text-sm">{t.chooseNewHint}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{t.endTitle}</h1>
      <p className="mt-4">{t.endIntro}</p>
      <dl className="border-line mt-6 space-y-2 rounded border bg-white p-4">
        <div>
          <dt className="text-muted text-sm">{t.endDevice}</dt>
          <dd className="font-semibold">{device}</dd>
        </div>
        <div>
          <dt className="text-muted text-sm">{t.endBegan}</dt>
          <dd className="font-semibold">{began}</dd>
        </div>
      </dl>
      <form action={formAction} className="mt-6 space-y-4">
        <FormMessage result={state} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton variant="danger" pendingLabel={t.ending} className="w-full">
          {t.end}
        </SubmitButton>
      </form>
    </>
  );
}
