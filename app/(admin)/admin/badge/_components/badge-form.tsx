"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { saveBadgeAction } from "@/lib/badge/actions";
import type { BadgeSettings } from "@/lib/badge/schemas";
import type { FrameOption } from "@/lib/badge/staff-queries";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** A checkerboard behind a frame, so its transparent parts show as such. */
const CHECKERBOARD =
  "bg-[repeating-conic-gradient(#e5e2db_0_25%,#ffffff_0_50%)] bg-size-[16px_16px]";

/** The hashtag and, per site language, the frame: from the library, a new PNG, or none. */
export function BadgeForm({
  settings,
  options,
  languages,
  defaultLanguage,
}: {
  settings: BadgeSettings;
  options: FrameOption[];
  languages: Lang[];
  defaultLanguage: Lang;
}) {
  const [state, action] = useActionState(saveBadgeAction, initialFormState);
  const t = staffMessages().badge;
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const choices = [
    { value: "", label: t.none },
    ...options.map((option) => ({
      value: option.id,
      label: t.option(option.name, option.width, option.height),
    })),
  ];
  return (
    <form action={action} className="max-w-3xl space-y-6" noValidate>
      <FormMessage result={state} />
      <Field
        label={t.hashtag}
        name="hashtag"
        defaultValue={value("hashtag", settings.hashtag)}
        errors={errors.hashtag}
        hint={t.hashtagHint}
        className="max-w-sm"
      />
      {languages.map((lang) => {
        const language = LANGUAGES[lang].englishName;
        const current = options.find((option) => option.id === settings.frames[lang]);
        const fallback = lang === defaultLanguage ? undefined : settings.frames[defaultLanguage];
        return (
          <fieldset key={lang} className="border-line rounded border bg-white p-4 md:p-6">
            <legend className="px-1 text-lg font-semibold">{t.frameFor(language)}</legend>
            <div className="flex flex-col gap-4 sm:flex-row">
              <div className="shrink-0">
                {current ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a media library file
                  <img
                    src={current.preview}
                    alt={t.currentAlt(language)}
                    width={160}
                    height={Math.round((160 * current.height) / Math.max(1, current.width))}
                    className={`border-line rounded border ${CHECKERBOARD}`}
                  />
                ) : (
                  <p className="text-muted w-40 text-sm">
                    {fallback ? t.fallsBack(LANGUAGES[defaultLanguage].englishName) : t.noFrame}
                  </p>
                )}
              </div>
              <div className="min-w-0 flex-1 space-y-4">
                <SelectField
                  // React applies a select's defaultValue once: a new one (after a save or a
                  // refusal) needs a new element, so the form's reset shows it.
                  key={`${lang}-${value(`frame.${lang}`, settings.frames[lang] ?? "")}`}
                  id={`frame-${lang}`}
                  label={t.fromLibrary}
                  name={`frame.${lang}`}
                  options={choices}
                  defaultValue={value(`frame.${lang}`, settings.frames[lang] ?? "")}
                  errors={errors[`frame.${lang}`]}
                  hint={t.libraryHint}
                />
                <Field
                  id={`upload-${lang}`}
                  label={t.upload}
                  name={`upload.${lang}`}
                  type="file"
                  accept="image/png"
                  errors={errors[`upload.${lang}`]}
                  hint={t.uploadHint}
                />
              </div>
            </div>
          </fieldset>
        );
      })}
      <SubmitButton pendingLabel={staffMessages().common.uploading}>{t.save}</SubmitButton>
    </form>
  );
}
