"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { type FormState, initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import {
  createTermAction,
  deleteTermAction,
  mergeTagsAction,
  updateTermAction,
} from "@/lib/taxonomy/actions";

type Option = { value: string; label: string };
type Taxonomy = "CATEGORY" | "TAG" | "REGION";

function errorsOf(state: FormState) {
  return state.ok ? undefined : state.fieldErrors;
}

function TermFields({
  state,
  prefix,
  defaults,
  parentOptions,
}: {
  state: FormState;
  prefix: string;
  defaults: { name: string; slug: string; description: string; parentId: string };
  parentOptions?: Option[];
}) {
  const errors = errorsOf(state);
  const value = (name: keyof typeof defaults) => state.values?.[name] ?? defaults[name];
  const t = staffMessages();
  return (
    <>
      <Field
        label={t.common.name}
        name="name"
        id={`${prefix}-name`}
        defaultValue={value("name")}
        errors={errors?.name}
        required
      />
      <Field
        label={t.common.slug}
        name="slug"
        id={`${prefix}-slug`}
        defaultValue={value("slug")}
        errors={errors?.slug}
        hint={t.terms.slugHint}
      />
      {parentOptions ? (
        <SelectField
          label={t.terms.parent}
          name="parentId"
          id={`${prefix}-parent`}
          defaultValue={value("parentId")}
          options={[{ value: "", label: t.terms.topLevel }, ...parentOptions]}
          errors={errors?.parentId}
        />
      ) : null}
      <TextareaField
        label={t.common.description}
        name="description"
        id={`${prefix}-description`}
        rows={2}
        defaultValue={value("description")}
        errors={errors?.description}
      />
    </>
  );
}

export function CreateTermForm({
  taxonomy,
  parentOptions,
}: {
  taxonomy: Taxonomy;
  parentOptions?: Option[];
}) {
  const [state, action] = useActionState(createTermAction, initialFormState);
  const t = staffMessages().terms;
  const words = t.taxonomy[taxonomy];
  return (
    <form
      action={action}
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-label={words.add}
    >
      <h3 className="font-semibold">{words.add}</h3>
      <FormMessage result={state} />
      <input type="hidden" name="taxonomy" value={taxonomy} />
      <TermFields
        state={state}
        prefix={`new-${taxonomy}`}
        defaults={{ name: "", slug: "", description: "", parentId: "" }}
        parentOptions={parentOptions}
      />
      <SubmitButton pendingLabel={t.adding}>{words.addButton}</SubmitButton>
    </form>
  );
}

/** The term in the site's default language; the other languages have a form of their own. */
export function EditTermForm({
  term,
  parentOptions,
  defaultLanguage,
  hasOtherLanguages,
}: {
  term: { id: string; name: string; slug: string; description: string; parentId: string | null };
  parentOptions?: Option[];
  /** The default language's name in English, e.g. "English". */
  defaultLanguage: string;
  hasOtherLanguages: boolean;
}) {
  const [state, action] = useActionState(updateTermAction, initialFormState);
  const t = staffMessages();
  return (
    <form
      action={action}
      className="border-line max-w-xl space-y-3 rounded border bg-white p-4"
      aria-describedby="edit-language-note"
    >
      <p id="edit-language-note" className="text-muted text-sm">
        {t.terms.defaultLanguageNote(defaultLanguage, hasOtherLanguages)}
      </p>
      <FormMessage result={state} />
      <input type="hidden" name="id" value={term.id} />
      <TermFields
        state={state}
        prefix="edit"
        defaults={{ ...term, parentId: term.parentId ?? "" }}
        parentOptions={parentOptions}
      />
      <SubmitButton pendingLabel={t.common.saving}>{t.common.save}</SubmitButton>
    </form>
  );
}

export function DeleteTermForm({
  id,
  name,
  articleCount,
}: {
  id: string;
  name: string;
  articleCount: number;
}) {
  const [state, action] = useActionState(deleteTermAction, initialFormState);
  const t = staffMessages();
  return (
    <form
      action={action}
      className="mt-6 max-w-xl"
      onSubmit={(event) => {
        if (!window.confirm(t.terms.confirmDelete(name, articleCount))) {
          event.preventDefault();
        }
      }}
    >
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      <p className="text-muted mb-2 text-sm">{t.terms.deleteNote(articleCount)}</p>
      <SubmitButton variant="danger" pendingLabel={t.common.deleting}>
        {t.common.delete}
      </SubmitButton>
    </form>
  );
}

export function MergeTagsForm({ tags }: { tags: Option[] }) {
  const [state, action] = useActionState(mergeTagsAction, initialFormState);
  const errors = errorsOf(state);
  const t = staffMessages();
  const m = t.terms.merge;
  return (
    <form action={action} className="border-line space-y-3 rounded border bg-white p-4">
      <h3 className="font-semibold">{m.heading}</h3>
      <p className="text-muted text-sm">{m.note}</p>
      <FormMessage result={state} />
      <SelectField
        label={m.source}
        name="sourceId"
        defaultValue={state.values?.sourceId ?? ""}
        options={[{ value: "", label: t.common.choose }, ...tags]}
        errors={errors?.sourceId}
      />
      <SelectField
        label={m.target}
        name="targetId"
        defaultValue={state.values?.targetId ?? ""}
        options={[{ value: "", label: t.common.choose }, ...tags]}
        errors={errors?.targetId}
      />
      <SubmitButton variant="secondary" pendingLabel={m.pending}>
        {m.submit}
      </SubmitButton>
    </form>
  );
}
