"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { type FormState, initialFormState } from "@/lib/form-state";
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
  return (
    <>
      <Field
        label="Name"
        name="name"
        id={`${prefix}-name`}
        defaultValue={value("name")}
        errors={errors?.name}
        required
      />
      <Field
        label="Slug"
        name="slug"
        id={`${prefix}-slug`}
        defaultValue={value("slug")}
        errors={errors?.slug}
        hint="Leave empty to make it from the name."
      />
      {parentOptions ? (
        <SelectField
          label="Parent category"
          name="parentId"
          id={`${prefix}-parent`}
          defaultValue={value("parentId")}
          options={[{ value: "", label: "None (top level)" }, ...parentOptions]}
          errors={errors?.parentId}
        />
      ) : null}
      <TextareaField
        label="Description"
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
  label,
  parentOptions,
}: {
  taxonomy: Taxonomy;
  label: string;
  parentOptions?: Option[];
}) {
  const [state, action] = useActionState(createTermAction, initialFormState);
  return (
    <form
      action={action}
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-label={`Add a ${label}`}
    >
      <h3 className="font-semibold">Add a {label}</h3>
      <FormMessage result={state} />
      <input type="hidden" name="taxonomy" value={taxonomy} />
      <TermFields
        state={state}
        prefix={`new-${taxonomy}`}
        defaults={{ name: "", slug: "", description: "", parentId: "" }}
        parentOptions={parentOptions}
      />
      <SubmitButton pendingLabel="Adding…">Add {label}</SubmitButton>
    </form>
  );
}

export function EditTermForm({
  term,
  parentOptions,
}: {
  term: { id: string; name: string; slug: string; description: string; parentId: string | null };
  parentOptions?: Option[];
}) {
  const [state, action] = useActionState(updateTermAction, initialFormState);
  return (
    <form action={action} className="border-line max-w-xl space-y-3 rounded border bg-white p-4">
      <FormMessage result={state} />
      <input type="hidden" name="id" value={term.id} />
      <TermFields
        state={state}
        prefix="edit"
        defaults={{ ...term, parentId: term.parentId ?? "" }}
        parentOptions={parentOptions}
      />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
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
  return (
    <form
      action={action}
      className="mt-6 max-w-xl"
      onSubmit={(event) => {
        if (!window.confirm(`Delete "${name}"? ${articleCount} article(s) will simply lose it.`)) {
          event.preventDefault();
        }
      }}
    >
      <FormMessage result={state} />
      <input type="hidden" name="id" value={id} />
      <p className="text-muted mb-2 text-sm">
        Deleting it removes it from {articleCount} article(s); the articles stay as they are.
      </p>
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete
      </SubmitButton>
    </form>
  );
}

export function MergeTagsForm({ tags }: { tags: Option[] }) {
  const [state, action] = useActionState(mergeTagsAction, initialFormState);
  const errors = errorsOf(state);
  return (
    <form action={action} className="border-line space-y-3 rounded border bg-white p-4">
      <h3 className="font-semibold">Merge two tags</h3>
      <p className="text-muted text-sm">
        Articles with the first tag get the second; the first is then deleted.
      </p>
      <FormMessage result={state} />
      <SelectField
        label="Merge this tag away"
        name="sourceId"
        defaultValue={state.values?.sourceId ?? ""}
        options={[{ value: "", label: "Choose…" }, ...tags]}
        errors={errors?.sourceId}
      />
      <SelectField
        label="Into this tag (kept)"
        name="targetId"
        defaultValue={state.values?.targetId ?? ""}
        options={[{ value: "", label: "Choose…" }, ...tags]}
        errors={errors?.targetId}
      />
      <SubmitButton variant="secondary" pendingLabel="Merging…">
        Merge tags
      </SubmitButton>
    </form>
  );
}
