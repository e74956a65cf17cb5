"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { updateMirrorSettingsAction } from "@/lib/settings/actions";
import type { MirrorSettings } from "@/lib/settings/mirrors";

const sectionClass = "border-line space-y-4 rounded border bg-white p-4 md:p-6";

/**
 * Where readers on blocked or watched connections reach the site: its onion address and its
 * mirrors. Refused addresses stay in the fields as typed, with the reason under each.
 */
export function MirrorSettingsForm({ settings }: { settings: MirrorSettings }) {
  const [state, formAction] = useActionState(updateMirrorSettingsAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const values = state.values ?? {
    onionAddress: settings.onionAddress,
    mirrors: settings.mirrors.join("\n"),
  };
  const t = staffMessages();
  const m = t.settings.mirrors;
  return (
    <form
      action={formAction}
      className={sectionClass}
      noValidate
      aria-labelledby="mirrors-heading"
      // Remount after each answer, so the fields show what was sent (or what was stored).
      key={JSON.stringify(state.values ?? null)}
    >
      <fieldset className="space-y-4">
        <legend>
          <h2 id="mirrors-heading" className="text-lg font-semibold">
            {m.heading}
          </h2>
        </legend>
        <p className="text-muted text-sm">{m.note}</p>
        <FormMessage result={state} />
        <Field
          label={m.onionAddress}
          name="onionAddress"
          type="url"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.onionAddress ?? ""}
          errors={errors.onionAddress}
          hint={m.onionHint}
        />
        <TextareaField
          label={m.mirrors}
          name="mirrors"
          rows={4}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.mirrors ?? ""}
          errors={errors.mirrors}
          hint={m.mirrorsHint}
        />
      </fieldset>
      <SubmitButton pendingLabel={t.common.saving}>{m.save}</SubmitButton>
    </form>
  );
}
