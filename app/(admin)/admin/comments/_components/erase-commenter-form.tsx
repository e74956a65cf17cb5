"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { eraseCommenterAction } from "@/lib/comments/moderation-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** On request: every comment of one email address deleted, or kept without who wrote them. */
export function EraseCommenterForm() {
  const [state, action] = useActionState(eraseCommenterAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const mode = state.values?.mode ?? "anonymise";
  const t = staffMessages();
  const e = t.comments.erase;
  return (
    <section
      className="border-line mt-10 rounded border bg-white p-4"
      aria-labelledby="erase-title"
    >
      <h2 id="erase-title" className="text-lg font-bold">
        {e.heading}
      </h2>
      <p className="text-muted text-sm">{e.note}</p>
      <form action={action} className="mt-3 space-y-3" key={state.ok ? "done" : "open"}>
        <FormMessage result={state} />
        <div className="flex flex-wrap items-end gap-3">
          <Field
            label={e.email}
            name="email"
            id="erase-email"
            type="email"
            required
            defaultValue={state.values?.email ?? ""}
            errors={errors.email}
          />
          <fieldset className="flex gap-3 text-sm">
            <legend className="sr-only">{e.how}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                value="anonymise"
                defaultChecked={mode !== "delete"}
              />{" "}
              {e.anonymise}
            </label>
            <label>
              <input type="radio" name="mode" value="delete" defaultChecked={mode === "delete"} />{" "}
              {t.common.delete}
            </label>
          </fieldset>
          <SubmitButton variant="danger" pendingLabel={e.pending}>
            {e.submit}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
