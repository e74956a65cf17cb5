"use client";

import { ConfirmDeleteForm } from "./confirm-delete-form";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deletePersonAction } from "@/lib/people/actions";

/** Deletes the person with their timeline, addresses and history, after confirmation. */
export function DeletePersonForm({ id, name }: { id: string; name: string }) {
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
      <ConfirmDeleteForm
        action={deletePersonAction}
        fields={{ id }}
        question={t.confirm(name)}
        label={t.submit}
      />
    </section>
  );
}
