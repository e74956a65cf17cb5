"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { type FormState, initialFormState } from "@/lib/form-state";

/**
 * A delete button for one row: the browser asks `question` first (a plain form without
 * JavaScript), `fields` name the row, and a refusal shows above the button.
 */
export function ConfirmDeleteForm({
  action: deleteAction,
  fields,
  question,
  label,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  question: string;
  label: string;
}) {
  const [state, action] = useActionState(deleteAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <FormMessage result={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="danger">{label}</SubmitButton>
    </form>
  );
}

/**
 * The danger zone at the foot of an edit page: what deleting does, and the confirm-then-delete
 * button for the record `fields` name.
 */
export function DeleteSection({
  id,
  heading,
  note,
  ...form
}: Parameters<typeof ConfirmDeleteForm>[0] & { id: string; heading: string; note: string }) {
  return (
    <section aria-labelledby={id} className="border-accent space-y-2 rounded border bg-white p-4">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <p className="text-muted text-sm">{note}</p>
      <ConfirmDeleteForm {...form} />
    </section>
  );
}
