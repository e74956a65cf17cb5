"use client";

import { useActionState } from "react";
import { LanguageTabs } from "./language-tabs";
import { type LinkOptions, LinkChecklists } from "./link-checklists";
import { SubmitButton } from "@/components/admin/button";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import type { PetitionStatus, SignerDisplay } from "@/lib/generated/prisma/enums";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { savePetitionAction } from "@/lib/petitions/staff-actions";

type Text = { title: string; addressee: string; body: string; deliveryNote: string };

export type PetitionFormDefaults = {
  id: string;
  slug: string;
  texts: Partial<Record<Lang, Text>>;
  goal: string;
  /** `datetime-local` value in the site's time zone. */
  endsAt: string;
  hashtag: string;
  signerDisplay: SignerDisplay;
  status: PetitionStatus;
  personIds: string[];
  termIds: string[];
};

type Options = LinkOptions & {
  languages: Lang[];
  defaultLanguage: Lang;
  timeZone: string;
  maxImageBytes: number;
};

const DISPLAYS: SignerDisplay[] = ["FULL_NAME", "INITIALS", "COUNT_ONLY"];
const STATUSES: PetitionStatus[] = ["DRAFT", "OPEN", "CLOSED"];

/** The petition: its address, its texts by language, how it is signed, where it is offered. */
export function PetitionForm({
  defaults,
  options,
}: {
  defaults: PetitionFormDefaults;
  options: Options;
}) {
  const [state, action] = useActionState(savePetitionAction, initialFormState);
  const t = staffMessages().petitions;
  const f = t.form;
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  // After a refused save the ticks show what was sent (an unticked box sends nothing).
  const listed = (name: "personIds" | "termIds") =>
    state.values ? (state.values[name]?.split(",") ?? []) : defaults[name];
  const languages = [
    options.defaultLanguage,
    ...options.languages.filter((lang) => lang !== options.defaultLanguage),
  ];
  const textField = (lang: Lang, field: keyof Text) => ({
    name: `texts.${lang}.${field}`,
    defaultValue: value(`texts.${lang}.${field}`, defaults.texts[lang]?.[field] ?? ""),
    errors: errors?.[`texts.${lang}.${field}`],
  });
  const delivered = defaults.status === "DELIVERED";
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={defaults.id} />
      <fieldset className="border-line rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.address}</legend>
        <Field
          label={f.slug}
          name="slug"
          defaultValue={value("slug", defaults.slug)}
          errors={errors?.slug}
          hint={f.slugHint}
        />
      </fieldset>
      <LanguageTabs
        label={f.languages}
        errorMark="!"
        attempt={state}
        tabs={languages.map((lang) => ({
          lang,
          label: LANGUAGES[lang].englishName,
          hasError: Object.keys(errors ?? {}).some((key) => key.startsWith(`texts.${lang}.`)),
        }))}
      >
        {(lang) => (
          <fieldset className="border-line space-y-4 rounded border bg-white p-4">
            <legend className="px-1 font-semibold">{f.textIn(LANGUAGES[lang].englishName)}</legend>
            <p className="text-muted text-sm">
              {lang === options.defaultLanguage
                ? f.defaultHint(LANGUAGES[lang].englishName)
                : f.otherHint}
            </p>
            <Field
              label={f.title}
              required={lang === options.defaultLanguage}
              lang={lang}
              {...textField(lang, "title")}
            />
            <Field
              label={f.addressee}
              hint={f.addresseeHint}
              lang={lang}
              {...textField(lang, "addressee")}
            />
            <RichTextEditor
              label={f.body}
              maxImageBytes={options.maxImageBytes}
              {...textField(lang, "body")}
            />
            <TextareaField
              label={f.deliveryNote}
              hint={f.deliveryNoteHint}
              rows={3}
              lang={lang}
              {...textField(lang, "deliveryNote")}
            />
          </fieldset>
        )}
      </LanguageTabs>
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.signing}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={f.goal}
            name="goal"
            inputMode="numeric"
            defaultValue={value("goal", defaults.goal)}
            errors={errors?.goal}
            required
          />
          <Field
            label={f.endsAt}
            name="endsAt"
            type="datetime-local"
            defaultValue={value("endsAt", defaults.endsAt)}
            errors={errors?.endsAt}
            hint={f.endsAtHint(options.timeZone)}
          />
          <Field
            label={f.hashtag}
            name="hashtag"
            defaultValue={value("hashtag", defaults.hashtag)}
            errors={errors?.hashtag}
            hint={f.hashtagHint}
          />
          <SelectField
            label={f.status}
            name="status"
            defaultValue={value("status", defaults.status)}
            errors={errors?.status}
            hint={f.statusHint}
            options={
              delivered
                ? [{ value: "DELIVERED", label: f.deliveredStatus }]
                : STATUSES.map((status) => ({ value: status, label: t.statuses[status] }))
            }
          />
        </div>
        <SelectField
          label={f.signerDisplay}
          name="signerDisplay"
          defaultValue={value("signerDisplay", defaults.signerDisplay)}
          errors={errors?.signerDisplay}
          hint={f.displayHint}
          options={DISPLAYS.map((display) => ({ value: display, label: t.displays[display] }))}
        />
      </fieldset>
      <LinkChecklists
        options={options}
        personIds={listed("personIds")}
        termIds={listed("termIds")}
        errors={errors?.personIds ?? errors?.termIds}
      />
      <SubmitButton>{defaults.id ? f.save : f.create}</SubmitButton>
    </form>
  );
}
