"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { updateTermTranslationsAction } from "@/lib/taxonomy/actions";

type Label = { name: string; slug: string; description: string };

/** The term's name, address and description in each of the site's other languages. */
export function TermTranslationsForm({
  id,
  languages,
  labels,
}: {
  id: string;
  languages: { code: string; name: string }[];
  labels: Record<string, Label | undefined>;
}) {
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
        In other languages
      </h2>
      <p className="text-muted text-sm">
        A language left without a name shows the name above. Each language has its own address.
      </p>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      {languages.map((language) => (
        <fieldset key={language.code} className="border-line space-y-3 rounded border p-3">
          <legend className="px-1 text-sm font-semibold">{language.name}</legend>
          <div lang={language.code} className="space-y-3">
            <Field
              label="Name"
              name={`${language.code}.name`}
              defaultValue={value(language.code, "name")}
              errors={errors[`${language.code}.name`] ?? errors[`labels.${language.code}.name`]}
            />
            <Field
              label="Slug"
              name={`${language.code}.slug`}
              defaultValue={value(language.code, "slug")}
              errors={errors[`${language.code}.slug`] ?? errors[`labels.${language.code}.slug`]}
              hint="Made from the name when left empty."
            />
            <TextareaField
              label="Description"
              name={`${language.code}.description`}
              defaultValue={value(language.code, "description")}
              errors={errors[`labels.${language.code}.description`]}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel="Saving…">Save the names</SubmitButton>
    </form>
  );
}
