"use client";

import { ConfirmDeleteForm } from "@/app/(admin)/admin/people/_components/confirm-delete-form";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { deletePetitionAction } from "@/lib/petitions/staff-actions";

/** Deletes the petition with every signature, after confirmation. */
export function DeletePetitionForm({ id, title }: { id: string; title: string }) {
  const t = staffMessages().petitions.delete;
  return (
    <section
      aria-labelledby="delete-petition"
      className="border-accent space-y-2 rounded border bg-white p-4"
    >
      <h2 id="delete-petition" className="text-xl font-bold">
        {t.heading}
      </h2>
      <p className="text-muted text-sm">{t.note}</p>
      <ConfirmDeleteForm
        action={deletePetitionAction}
        fields={{ id }}
        question={t.confirm(title)}
        label={t.submit}
      />
    </section>
  );
}
