"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deliverPetitionAction } from "@/lib/petitions/staff-actions";

/**
 * Marks the petition delivered: the day (not after today) and the public note in each language
 * the petition has a text in. Again on a delivered petition, it corrects them.
 */
export function DeliverForm({
  id,
  isDelivered,
  deliveredOn,
  today,
  notes,
  retentionDays,
}: {
  id: string;
  isDelivered: boolean;
  deliveredOn: string;
  /** Today in the site's time zone: the latest day the field offers. */
  today: string;
  notes: { lang: Lang; note: string }[];
  retentionDays: number;
}) {
  const [state, action] = useActionState(deliverPetitionAction, initialFormState);
  const t = staffMessages().petitions.deliver;
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      <Field
        label={t.deliveredOn}
        name="deliveredOn"
        type="date"
        max={today}
        defaultValue={value("deliveredOn", deliveredOn || today)}
        errors={errors?.deliveredOn}
        hint={t.deliveredOnHint(retentionDays)}
        required
      />
      {notes.map(({ lang, note }) => (
        <TextareaField
          key={lang}
          label={t.note(LANGUAGES[lang].englishName)}
          name={`notes.${lang}`}
          rows={3}
          lang={lang}
          defaultValue={value(`notes.${lang}`, note)}
          errors={errors?.[`notes.${lang}`]}
          hint={t.noteHint}
        />
      ))}
      <SubmitButton>{isDelivered ? t.correct : t.submit}</SubmitButton>
    </form>
  );
}
