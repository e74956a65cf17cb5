"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { updateTermTranslationsAction } from "@/lib/taxonomy/actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Label = { name: string; slug: string; description: string };

/** The term's name, address and description in each of the site's other languages. */
export function TermTranslationsForm({
  id,
  languages,
  defaultLanguage,
  labels,
}: {
  id: string;
  languages: { code: string; name: string }[];
  /** The default language's name in English: the main form above holds that one. */
  defaultLanguage: string;
  labels: Record<string, Label | undefined>;
}) {
  const t = staffMessages();
  const [state, formAction] = useActionState(updateTermTranslationsAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const value = (code: string, field: keyof Label) =>
    values[`${code}.${field}`] ?? labels[code]?.[field] ?? "";
  if (languages.length === 0) return null;
  return (
    <form
      action={formAction}
      noValidate
      className="border-line mt-8 max-w-2xl space-y-4 rounded border bg-white p-4"
      aria-labelledby="term-translations-heading"
    >
      <h2 id="term-translations-heading" className="text-lg font-semibold">
        {t.terms.translations.heading}
      </h2>
      <p className="text-muted text-sm">{t.terms.translations.note(defaultLanguage)}</p>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      {languages.map((language) => (
        <fieldset key={language.code} className="border-line space-y-3 rounded border p-3">
          <legend className="px-1 text-sm font-semibold">{language.name}</legend>
          <div lang={language.code} className="space-y-3">
            <Field
              label={t.common.name}
              name={`${language.code}.name`}
              defaultValue={value(language.code, "name")}
              errors={errors[`${language.code}.name`] ?? errors[`labels.${language.code}.name`]}
            />
            <Field
              label={t.common.slug}
              name={`${language.code}.slug`}
              defaultValue={value(language.code, "slug")}
              errors={errors[`${language.code}.slug`] ?? errors[`labels.${language.code}.slug`]}
              hint={t.terms.translations.slugHint}
            />
            <TextareaField
              label={t.common.description}
              name={`${language.code}.description`}
              defaultValue={value(language.code, "description")}
              errors={errors[`labels.${language.code}.description`]}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t.common.saving}>{t.terms.translations.save}</SubmitButton>
    </form>
  );
}
