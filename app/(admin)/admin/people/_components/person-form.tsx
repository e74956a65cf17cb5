"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { CheckboxField, Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { savePersonAction } from "@/lib/people/actions";

export type PersonFormDefaults = {
  id: string;
  slug: string;
  names: Partial<Record<Lang, string>>;
  spellings: string;
  bios: Partial<Record<Lang, string>>;
  photoId: string;
  photoCredit: string;
  birthYear: string;
  birthMonth: string;
  birthDay: string;
  showBirthday: boolean;
  statusId: string;
  charges: string;
  regionIds: string[];
  articleIds: string[];
  published: boolean;
};

type Options = {
  languages: Lang[];
  statuses: { id: string; name: string }[];
  regions: { id: string; name: string }[];
  images: { id: string; name: string; alt: string }[];
  articles: { id: string; title: string; language: string }[];
};

const MONTHS = Array.from({ length: 12 }, (_, index) =>
  new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, index, 1)),
  ),
);

/** The person's record: names, facts, status, charges, regions, articles, published. */
export function PersonForm({
  defaults,
  options,
}: {
  defaults: PersonFormDefaults;
  options: Options;
}) {
  const [state, action] = useActionState(savePersonAction, initialFormState);
  const t = staffMessages().people;
  const f = t.form;
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  // After a refused save the ticks show what was sent (an unticked box sends nothing).
  const ticked = (name: "published" | "showBirthday") =>
    state.values ? state.values[name] === "on" : defaults[name];
  const listed = (name: "regionIds" | "articleIds") =>
    state.values ? (state.values[name]?.split(",") ?? []) : defaults[name];
  const [defaultLang, ...others] = options.languages;
  const languageLabel = (label: string, lang: Lang) =>
    t.languageName(label, LANGUAGES[lang].englishName);
  const checks = (name: "regionIds" | "articleIds", items: { id: string; label: string }[]) => (
    <ul className="max-h-64 space-y-1 overflow-y-auto">
      {items.map((item) => (
        <li key={item.id}>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={item.id}
              defaultChecked={listed(name).includes(item.id)}
              className="size-4"
            />
            {item.label}
          </label>
        </li>
      ))}
    </ul>
  );
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={defaults.id} />
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.identity}</legend>
        {defaultLang && (
          <Field
            label={languageLabel(f.name, defaultLang)}
            name={`names.${defaultLang}`}
            defaultValue={value(`names.${defaultLang}`, defaults.names[defaultLang] ?? "")}
            errors={errors?.[`names.${defaultLang}`] ?? errors?.names}
            hint={f.nameRequired(LANGUAGES[defaultLang].englishName)}
            required
          />
        )}
        {others.map((lang) => (
          <Field
            key={lang}
            label={languageLabel(f.name, lang)}
            name={`names.${lang}`}
            defaultValue={value(`names.${lang}`, defaults.names[lang] ?? "")}
            errors={errors?.[`names.${lang}`]}
          />
        ))}
        <Field
          label={f.slug}
          name="slug"
          defaultValue={value("slug", defaults.slug)}
          errors={errors?.slug}
          hint={f.slugHint}
        />
        <TextareaField
          label={f.spellings}
          name="spellings"
          rows={3}
          defaultValue={value("spellings", defaults.spellings)}
          errors={errors?.spellings}
          hint={f.spellingsHint}
        />
      </fieldset>
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.status}</legend>
        <SelectField
          label={f.status}
          name="statusId"
          defaultValue={value("statusId", defaults.statusId)}
          errors={errors?.statusId}
          options={options.statuses.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextareaField
          label={f.charges}
          name="charges"
          rows={3}
          defaultValue={value("charges", defaults.charges)}
          errors={errors?.charges}
          hint={f.chargesHint}
        />
        <CheckboxField label={f.published} name="published" defaultChecked={ticked("published")} />
      </fieldset>
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.birth}</legend>
        <p className="text-muted text-sm">{f.birthHint}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label={f.year}
            name="birthYear"
            inputMode="numeric"
            defaultValue={value("birthYear", defaults.birthYear)}
            errors={errors?.birthYear}
          />
          <SelectField
            label={f.month}
            name="birthMonth"
            defaultValue={value("birthMonth", defaults.birthMonth)}
            errors={errors?.birthMonth}
            options={[
              { value: "", label: f.noMonth },
              ...MONTHS.map((label, index) => ({ value: String(index + 1), label })),
            ]}
          />
          <Field
            label={f.day}
            name="birthDay"
            inputMode="numeric"
            defaultValue={value("birthDay", defaults.birthDay)}
            errors={errors?.birthDay}
          />
        </div>
        <CheckboxField
          label={f.showBirthday}
          name="showBirthday"
          defaultChecked={ticked("showBirthday")}
          errors={errors?.showBirthday}
        />
      </fieldset>
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.bio}</legend>
        {options.languages.map((lang) => (
          <TextareaField
            key={lang}
            label={languageLabel(f.bio, lang)}
            name={`bios.${lang}`}
            rows={5}
            defaultValue={value(`bios.${lang}`, defaults.bios[lang] ?? "")}
            errors={errors?.[`bios.${lang}`]}
            hint={lang === defaultLang ? f.bioHint : undefined}
          />
        ))}
      </fieldset>
      <fieldset className="border-line space-y-4 rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.photo}</legend>
        <SelectField
          label={f.photo}
          name="photoId"
          defaultValue={value("photoId", defaults.photoId)}
          errors={errors?.photoId}
          options={[
            { value: "", label: f.noPhoto },
            ...options.images.map((image) => ({ value: image.id, label: image.alt || image.name })),
          ]}
          hint={
            <>
              {f.photoHint}{" "}
              <Link href="/admin/media" className="underline">
                {f.mediaLibrary}
              </Link>
              {f.photoHintEnd}
            </>
          }
        />
        <Field
          label={f.photoCredit}
          name="photoCredit"
          defaultValue={value("photoCredit", defaults.photoCredit)}
          errors={errors?.photoCredit}
        />
      </fieldset>
      {options.regions.length > 0 && (
        <fieldset className="border-line rounded border bg-white p-4">
          <legend className="px-1 font-semibold">{f.regions}</legend>
          {checks(
            "regionIds",
            options.regions.map((r) => ({ id: r.id, label: r.name })),
          )}
        </fieldset>
      )}
      <fieldset className="border-line rounded border bg-white p-4">
        <legend className="px-1 font-semibold">{f.articles}</legend>
        <p className="text-muted mb-2 text-sm">{f.articlesHint}</p>
        {options.articles.length === 0 ? (
          <p className="text-sm">{f.noArticles}</p>
        ) : (
          checks(
            "articleIds",
            options.articles.map((a) => ({ id: a.id, label: `${a.title} (${a.language})` })),
          )
        )}
      </fieldset>
      <SubmitButton>{defaults.id ? f.save : f.create}</SubmitButton>
    </form>
  );
}
