"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import {
  deleteStatusAction,
  saveLetterGuidanceAction,
  saveStatusAction,
} from "@/lib/people/status-actions";

type Status = {
  id: string;
  key: string;
  names: Partial<Record<Lang, string>>;
  isHeld: boolean;
  position: number;
};

/** One status (or, without an id, a new one): key, names, "held today", order. */
export function StatusForm({ status, languages }: { status?: Status; languages: Lang[] }) {
  const [state, action] = useActionState(saveStatusAction, initialFormState);
  const t = staffMessages().people.statuses;
  const errors = state.ok ? undefined : state.fieldErrors;
  const key = status?.id ?? "new";
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const names: Lang[] = ["en", ...languages.filter((lang) => lang !== "en")];
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={status?.id ?? ""} />
      <div className="grid gap-3 sm:grid-cols-3">
        {names.map((lang) => (
          <Field
            key={lang}
            id={`${key}-name-${lang}`}
            label={`${t.name} (${LANGUAGES[lang].englishName})`}
            name={`names.${lang}`}
            defaultValue={value(`names.${lang}`, status?.names[lang] ?? "")}
            errors={errors?.[`names.${lang}`] ?? (lang === "en" ? errors?.names : undefined)}
          />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={`${key}-key`}
          label={t.key}
          name="key"
          defaultValue={value("key", status?.key ?? "")}
          errors={errors?.key}
          hint={t.keyHint}
        />
        <Field
          id={`${key}-position`}
          label={t.position}
          name="position"
          inputMode="numeric"
          defaultValue={value("position", String(status?.position ?? 0))}
          errors={errors?.position}
        />
      </div>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          name="isHeld"
          defaultChecked={state.values ? state.values.isHeld === "on" : (status?.isHeld ?? false)}
          className="size-5"
        />
        {t.isHeld}
      </label>
      <SubmitButton>{status ? staffMessages().common.save : t.addSubmit}</SubmitButton>
    </form>
  );
}

export function DeleteStatusForm({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmDeleteForm
      action={deleteStatusAction}
      fields={{ id }}
      question={staffMessages().people.statuses.confirmDelete(name)}
      label={staffMessages().common.delete}
    />
  );
}

/** What to write and what to avoid, one piece of advice per line, per language. */
export function LetterGuidanceForm({
  guidance,
  languages,
}: {
  guidance: Partial<Record<Lang, string>>;
  languages: Lang[];
}) {
  const [state, action] = useActionState(saveLetterGuidanceAction, initialFormState);
  const t = staffMessages().people.letters;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage result={state} />
      {languages.map((lang) => (
        <TextareaField
          key={lang}
          label={t.guidance(LANGUAGES[lang].englishName)}
          name={`guidance.${lang}`}
          rows={8}
          defaultValue={state.values?.[`guidance.${lang}`] ?? guidance[lang] ?? ""}
          errors={errors?.[`guidance.${lang}`]}
          hint={t.hint}
        />
      ))}
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
