"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { ACTION_KINDS, type ActionKind, KIND_FIELDS } from "@/lib/actions/box";
import { updateMainActionAction } from "@/lib/actions/actions";
import { type MainAction, TEXT_FIELDS } from "@/lib/actions/schemas";
import type { PetitionChoice } from "@/lib/actions/staff-queries";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => {};

type Props = {
  main: MainAction;
  petitions: PetitionChoice[];
  people: { id: string; name: string }[];
  /** The site's languages other than the default, for translations of the words. */
  otherLanguages: { code: string; name: string }[];
};

/** The form's values as it posts them ("kind", "donate.href", "donate.be.label" …). */
function storedValues(main: MainAction): Record<string, string> {
  const box = main.box;
  if (!box) return { kind: "" };
  const values: Record<string, string> = { kind: box.kind };
  for (const [name, value] of Object.entries(box)) values[`${box.kind}.${name}`] = value;
  for (const [lang, texts] of Object.entries(main.translations)) {
    for (const [name, value] of Object.entries(texts)) {
      values[`${box.kind}.${lang}.${name}`] = value;
    }
  }
  return values;
}

/**
 * The campaign's main action: a kind, then that kind's fields. Without JavaScript every kind's
 * fields are on the page and only the chosen kind's are saved; with it, only the chosen kind's show.
 */
export function MainActionForm({ main, petitions, people, otherLanguages }: Props) {
  const t = staffMessages().actions;
  const [state, formAction] = useActionState(updateMainActionAction, initialFormState);
  const values = state.values ?? storedValues(main);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const [kind, setKind] = useState(values.kind ?? "");
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const value = (k: ActionKind, name: string) => values[`${k}.${name}`] ?? "";
  const petitionOptions = petitions.map((petition) => ({
    value: petition.id,
    label:
      petition.status === "DRAFT"
        ? t.petitionChoice(petition.title, t.draft)
        : t.petitionChoice(petition.title, t.petitionStatuses[petition.status]),
  }));

  const fieldsOf = (k: ActionKind) => {
    const props = (name: string) => ({
      name: `${k}.${name}`,
      defaultValue: value(k, name),
      errors: kind === k ? errors[name] : undefined,
    });
    const f = t.fields;
    switch (k) {
      case "petition":
        return petitions.length ? (
          <SelectField
            label={f.petition}
            {...props("petition")}
            options={[{ value: "", label: t.choose }, ...petitionOptions]}
          />
        ) : (
          <p className="text-muted text-sm">{t.editor.noPetitions}</p>
        );
      case "write":
        return (
          <SelectField
            label={f.person}
            {...props("person")}
            hint={t.notHeld}
            options={[
              { value: "", label: t.choose },
              ...people.map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
        );
      case "donate":
        return (
          <>
            <Field label={f.href} {...props("href")} hint={f.hrefHint} />
            <Field label={f.label} {...props("label")} maxLength={60} />
            <Field label={f.text} {...props("text")} maxLength={280} />
          </>
        );
      case "share":
        return (
          <>
            <Field label={f.hashtag} {...props("hashtag")} placeholder="#FreeAles" />
            <Field label={f.text} {...props("text")} maxLength={280} />
          </>
        );
      case "event":
        return (
          <>
            <Field label={f.title} {...props("title")} maxLength={120} />
            <Field label={f.date} type="datetime-local" {...props("date")} hint={f.dateHint} />
            <Field label={f.place} {...props("place")} maxLength={160} />
            <Field label={f.eventHref} {...props("href")} hint={f.hrefHint} />
          </>
        );
    }
  };

  return (
    <form
      action={formAction}
      noValidate
      className="border-line space-y-4 rounded border bg-white p-4 md:p-6"
    >
      <FormMessage result={state} />
      <SelectField
        label={t.kind}
        name="kind"
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        errors={errors.kind}
        options={[
          { value: "", label: t.none },
          ...ACTION_KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
        ]}
      />
      {ACTION_KINDS.map((k) => {
        const words = TEXT_FIELDS.filter((name) =>
          (KIND_FIELDS[k] as readonly string[]).includes(name),
        );
        return (
          <fieldset
            key={k}
            hidden={enhanced && kind !== k}
            className="border-line space-y-3 rounded border p-3"
          >
            <legend className="px-1 font-semibold">{t.kinds[k]}</legend>
            {fieldsOf(k)}
            {words.length > 0 &&
              otherLanguages.map((language) => (
                <fieldset key={language.code} className="space-y-2">
                  <legend className="text-sm font-semibold">{t.translations(language.name)}</legend>
                  <p className="text-muted text-sm">{t.translationsHint}</p>
                  {words.map((name) => (
                    <Field
                      key={name}
                      label={`${t.fields[name]} (${language.name})`}
                      name={`${k}.${language.code}.${name}`}
                      id={`${k}-${language.code}-${name}`}
                      defaultValue={value(k, `${language.code}.${name}`)}
                      lang={language.code}
                    />
                  ))}
                </fieldset>
              ))}
          </fieldset>
        );
      })}
      <SubmitButton pendingLabel={t.saving}>{t.save}</SubmitButton>
    </form>
  );
}
