"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { eraseCommenterAction } from "@/lib/comments/moderation-actions";
import { initialFormState } from "@/lib/form-state";

/** On request: every comment of one email address deleted, or kept without who wrote them. */
export function EraseCommenterForm() {
  const [state, action] = useActionState(eraseCommenterAction, initialFormState);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const mode = state.values?.mode ?? "anonymise";
  return (
    <section
      className="border-line mt-10 rounded border bg-white p-4"
      aria-labelledby="erase-title"
    >
      <h2 id="erase-title" className="text-lg font-bold">
        Erase a commenter
      </h2>
      <p className="text-muted text-sm">
        On request, remove every comment written with one email address, or keep the words and
        remove who wrote them. Their name is removed from the audit log too.
      </p>
      <form action={action} className="mt-3 space-y-3" key={state.ok ? "done" : "open"}>
        <FormMessage result={state} />
        <div className="flex flex-wrap items-end gap-3">
          <Field
            label="Email address"
            name="email"
            id="erase-email"
            type="email"
            required
            defaultValue={state.values?.email ?? ""}
            errors={errors.email}
          />
          <fieldset className="flex gap-3 text-sm">
            <legend className="sr-only">How</legend>
            <label>
              <input
                type="radio"
                name="mode"
                value="anonymise"
                defaultChecked={mode !== "delete"}
              />{" "}
              Anonymise
            </label>
            <label>
              <input type="radio" name="mode" value="delete" defaultChecked={mode === "delete"} />{" "}
              Delete
            </label>
          </fieldset>
          <SubmitButton variant="danger" pendingLabel="Erasing…">
            Erase
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
