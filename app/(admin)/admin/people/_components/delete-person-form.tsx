"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { FormMessage } from "@/components/admin/form-message";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deletePersonAction } from "@/lib/people/actions";

/** Deletes the person with their timeline, addresses and history, after confirmation. */
export function DeletePersonForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useActionState(deletePersonAction, initialFormState);
  const t = staffMessages().people.deletePerson;
  return (
    <section
      aria-labelledby="delete-person"
      className="border-accent space-y-2 rounded border bg-white p-4"
    >
      <h2 id="delete-person" className="text-xl font-bold">
        {t.heading}
      </h2>
      <p className="text-muted text-sm">{t.note}</p>
      <form
        action={action}
        onSubmit={(event) => {
          if (!window.confirm(t.confirm(name))) event.preventDefault();
        }}
      >
        <FormMessage result={state} />
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="danger">{t.submit}</SubmitButton>
      </form>
    </section>
  );
}
