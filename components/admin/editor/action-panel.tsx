"use client";

import { useState } from "react";
import {
  ACTION_KINDS,
  type ActionBox,
  ActionBoxSchema,
  type ActionKind,
  KIND_FIELDS,
} from "@/lib/actions/box";
import type { PetitionChoice } from "@/lib/actions/staff-queries";
import { staffMessages } from "@/lib/i18n/messages/staff";

export type ActionChoices = {
  petitions: PetitionChoice[];
  people: { id: string; name: string }[];
};

type FieldName = (typeof KIND_FIELDS)[ActionKind][number];
type Values = Partial<Record<FieldName, string>>;

const inputClass = "border-line mt-1 block w-full rounded border bg-white px-2 py-1 font-normal";

// Enter in a panel input would send the whole article form.
const keepEnter = (event: React.KeyboardEvent) => {
  if (event.key === "Enter") event.preventDefault();
};

/**
 * Inserts an action box, or edits the one whose Edit button was pressed: the kind, then a
 * petition, a person, or the fields of a donate, share or event box. Its inputs have no name, so
 * the article form never posts them.
 */
export function ActionPanel({
  choices,
  initial,
  onSubmit,
  onCancel,
}: {
  choices: ActionChoices;
  initial: ActionBox | null;
  onSubmit: (box: ActionBox) => void;
  onCancel: () => void;
}) {
  const t = staffMessages().actions;
  const [kind, setKind] = useState<ActionKind | "">(initial?.kind ?? "");
  const [values, setValues] = useState<Values>(() =>
    initial
      ? Object.fromEntries(
          KIND_FIELDS[initial.kind].map((name) => [
            name,
            (initial as Record<string, string>)[name],
          ]),
        )
      : {},
  );
  const [errors, setErrors] = useState<Partial<Record<FieldName | "kind", string>>>({});

  function submit() {
    if (!kind) {
      setErrors({ kind: t.errors.kind });
      return;
    }
    const fields = Object.fromEntries(KIND_FIELDS[kind].map((name) => [name, values[name] ?? ""]));
    const parsed = ActionBoxSchema.safeParse({ kind, ...fields });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? "kind") as keyof typeof t.errors;
            return [name, t.errors[name] ?? t.errors.kind];
          }),
        ),
      );
      return;
    }
    onSubmit(parsed.data);
  }

  const field = (name: FieldName, label: string, props: React.ComponentProps<"input"> = {}) => {
    const id = `action-panel-${name}`;
    const error = errors[name];
    return (
      <div key={name} className="text-sm">
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <input
          id={id}
          value={values[name] ?? ""}
          onChange={(event) => setValues((old) => ({ ...old, [name]: event.target.value }))}
          onKeyDown={keepEnter}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
          {...props}
        />
        {error ? (
          <span id={`${id}-error`} className="text-accent mt-1 block font-semibold">
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  const select = (
    name: "petition" | "person",
    label: string,
    options: { value: string; label: string }[],
  ) => {
    const id = `action-panel-${name}`;
    const error = errors[name];
    return (
      <div className="text-sm">
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <select
          id={id}
          value={values[name] ?? ""}
          onChange={(event) => setValues((old) => ({ ...old, [name]: event.target.value }))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
        >
          <option value="">{t.choose}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error ? (
          <span id={`${id}-error`} className="text-accent mt-1 block font-semibold">
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  const f = t.fields;
  return (
    <fieldset className="border-line mt-2 rounded border bg-white p-3" data-action-panel>
      <legend className="px-1 text-sm font-semibold">
        {initial ? t.editor.editLegend : t.editor.legend}
      </legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="text-sm">
          <label htmlFor="action-panel-kind" className="block font-semibold">
            {t.kind}
          </label>
          <select
            id="action-panel-kind"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ActionKind | "");
              setErrors({});
            }}
            aria-invalid={errors.kind ? true : undefined}
            className={inputClass}
          >
            <option value="">{t.choose}</option>
            {ACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
          {errors.kind ? (
            <span className="text-accent mt-1 block font-semibold">{errors.kind}</span>
          ) : null}
        </div>
        {kind === "petition" &&
          (choices.petitions.length ? (
            select(
              "petition",
              f.petition,
              choices.petitions.map((petition) => ({
                value: petition.id,
                label: t.petitionChoice(
                  petition.title,
                  petition.status === "DRAFT" ? t.draft : t.petitionStatuses[petition.status],
                ),
              })),
            )
          ) : (
            <p className="text-muted text-sm">{t.editor.noPetitions}</p>
          ))}
        {kind === "write" &&
          (choices.people.length ? (
            select(
              "person",
              f.person,
              choices.people.map((person) => ({ value: person.id, label: person.name })),
            )
          ) : (
            <p className="text-muted text-sm">{t.editor.noPeople}</p>
          ))}
        {kind === "donate" && [
          field("href", f.href, { type: "url", placeholder: "https://" }),
          field("label", f.label, { maxLength: 60 }),
          field("text", f.text, { maxLength: 280 }),
        ]}
        {kind === "share" && [
          field("hashtag", f.hashtag, { placeholder: "#FreeAles" }),
          field("text", f.text, { maxLength: 280 }),
        ]}
        {kind === "event" && [
          field("title", f.title, { maxLength: 120 }),
          field("date", f.date, { type: "datetime-local" }),
          field("place", f.place, { maxLength: 160 }),
          field("href", f.eventHref, { type: "url", placeholder: "https://" }),
        ]}
      </div>
      {kind === "write" && <p className="text-muted mt-1 text-sm">{t.notHeld}</p>}
      {(kind === "donate" || kind === "event") && (
        <p className="text-muted mt-1 text-sm">{f.hrefHint}</p>
      )}
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          onClick={submit}
          className="bg-navy rounded px-3 py-1.5 text-sm font-semibold text-white"
        >
          {initial ? t.editor.updateBox : t.editor.insertBox}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="border-line rounded border px-3 py-1.5 text-sm font-semibold"
        >
          {t.editor.cancel}
        </button>
      </div>
    </fieldset>
  );
}
