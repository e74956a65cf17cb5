"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, LANGUAGE_CODES } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { updateLanguageSettingsAction } from "@/lib/settings/actions";
import type { SiteSettings } from "@/lib/settings/schemas";

const sectionClass = "border-line space-y-4 rounded border bg-white p-4 md:p-6";

/**
 * Which languages the public site has, which one is the default (its addresses carry no
 * prefix; the others live under /be/, /ru/ …), and the site's name in each of the others.
 */
export function LanguageSettingsForm({ settings }: { settings: SiteSettings }) {
  const [state, formAction] = useActionState(updateLanguageSettingsAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const t = staffMessages();
  const l = t.settings.languages;
  const text = (code: string, field: "title" | "tagline" | "description") =>
    values[`${code}.${field}`] ??
    settings.translations[code as keyof typeof settings.translations]?.[field] ??
    "";
  return (
    <form
      action={formAction}
      className={sectionClass}
      noValidate
      aria-labelledby="languages-heading"
    >
      <h2 id="languages-heading" className="text-lg font-semibold">
        {l.heading}
      </h2>
      <FormMessage result={state} />
      <fieldset>
        <legend className="text-sm font-semibold">{l.legend}</legend>
        <p id="languages-hint" className="text-muted text-sm">
          {l.hint}
        </p>
        <ul className="mt-2 space-y-1" aria-describedby="languages-hint">
          {LANGUAGE_CODES.map((code) => (
            <li key={code} className="flex items-center gap-2">
              <input
                id={`language-${code}`}
                type="checkbox"
                name="languages"
                value={code}
                defaultChecked={settings.languages.includes(code)}
                className="h-4 w-4"
              />
              <label htmlFor={`language-${code}`}>
                {LANGUAGES[code].englishName} <span lang={code}>({LANGUAGES[code].name})</span>
              </label>
            </li>
          ))}
        </ul>
        {errors.languages ? (
          <p className="text-accent mt-1 text-sm font-semibold">{errors.languages.join(" ")}</p>
        ) : null}
      </fieldset>
      <SelectField
        label={l.defaultLanguage}
        name="defaultLanguage"
        defaultValue={values.defaultLanguage ?? settings.defaultLanguage}
        errors={errors.defaultLanguage}
        hint={l.defaultHint}
        options={LANGUAGE_CODES.map((code) => ({
          value: code,
          label: LANGUAGES[code].englishName,
        }))}
      />
      {LANGUAGE_CODES.filter((code) => code !== settings.defaultLanguage).map((code) => (
        <fieldset key={code} className="border-line space-y-3 rounded border p-3" lang={code}>
          <legend className="px-1 text-sm font-semibold" lang="en">
            {l.siteIn(LANGUAGES[code].englishName)}
          </legend>
          <Field
            label={t.settings.site.siteTitle}
            name={`${code}.title`}
            defaultValue={text(code, "title")}
            errors={errors[`translations.${code}.title`]}
          />
          <Field
            label={t.settings.site.tagline}
            name={`${code}.tagline`}
            defaultValue={text(code, "tagline")}
            errors={errors[`translations.${code}.tagline`]}
          />
          <TextareaField
            label={t.common.description}
            name={`${code}.description`}
            defaultValue={text(code, "description")}
            errors={errors[`translations.${code}.description`]}
            hint={l.descriptionHint}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t.common.saving}>{l.save}</SubmitButton>
    </form>
  );
}
