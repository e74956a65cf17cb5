"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deleteEventAction, saveEventAction } from "@/lib/people/actions";
import { EVENT_KINDS, type EventTextsByLanguage } from "@/lib/people/record";

type EventDefaults = {
  id: string;
  date: string;
  kind: string;
  texts: EventTextsByLanguage;
  sourceUrl: string;
};

const FIELDS = ["place", "note", "sentence"] as const;

/** Adds an event to the timeline (empty `defaults.id`) or corrects one. */
export function EventForm({
  personId,
  languages,
  defaults,
}: {
  personId: string;
  languages: Lang[];
  defaults?: EventDefaults;
}) {
  const [state, action] = useActionState(saveEventAction, initialFormState);
  const t = staffMessages().people;
  const tl = t.timeline;
  const errors = state.ok ? undefined : state.fieldErrors;
  const key = defaults?.id || "new";
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const [first, ...others] = languages;
  const labels = { place: tl.place, note: tl.note, sentence: tl.sentence };
  const texts = (lang: Lang) =>
    FIELDS.map((field) => (
      <Field
        key={field}
        id={`${key}-${lang}-${field}`}
        label={lang === first ? labels[field] : `${labels[field]} (${LANGUAGES[lang].englishName})`}
        name={`texts.${lang}.${field}`}
        defaultValue={value(`texts.${lang}.${field}`, defaults?.texts[lang]?.[field] ?? "")}
        errors={errors?.[`texts.${lang}.${field}`]}
      />
    ));
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="eventId" value={defaults?.id ?? ""} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={`${key}-date`}
          label={tl.date}
          name="date"
          type="date"
          defaultValue={value("date", defaults?.date ?? "")}
          errors={errors?.date}
          required
        />
        <SelectField
          id={`${key}-kind`}
          label={tl.kind}
          name="kind"
          defaultValue={value("kind", defaults?.kind ?? "DETAINED")}
          errors={errors?.kind}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t.eventKinds[kind] }))}
        />
      </div>
      {first && texts(first)}
      {others.map((lang) => (
        <details key={lang} className="border-line rounded border p-3">
          <summary className="cursor-pointer text-sm font-semibold">
            {tl.inLanguage(LANGUAGES[lang].englishName)}
          </summary>
          <div className="mt-2 space-y-3">{texts(lang)}</div>
        </details>
      ))}
      <Field
        id={`${key}-source`}
        label={tl.source}
        name="sourceUrl"
        type="url"
        defaultValue={value("sourceUrl", defaults?.sourceUrl ?? "")}
        errors={errors?.sourceUrl}
        hint={tl.sourceHint}
      />
      <SubmitButton>{defaults ? tl.save : tl.addSubmit}</SubmitButton>
    </form>
  );
}

/** Removes one event, after the browser's confirmation. */
export function DeleteEventForm({
  personId,
  eventId,
  label,
}: {
  personId: string;
  eventId: string;
  label: string;
}) {
  return (
    <ConfirmDeleteForm
      action={deleteEventAction}
      fields={{ personId, eventId }}
      question={label}
      label={staffMessages().people.timeline.deleteEvent}
    />
  );
}
