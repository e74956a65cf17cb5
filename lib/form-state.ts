import { type ActionResult } from "@/lib/action-result";

/**
 * What an admin form's server action returns to `useActionState`: the ActionResult plus the values
 * that were submitted, so the re-rendered form shows exactly what the person typed (this also works
 * without JavaScript, where the page is rendered again from this state).
 */
export type FormState<T = undefined> = ActionResult<T> & { values?: Record<string, string> };

export const initialFormState: FormState<never> = { ok: false };

/** The submitted text fields, leaving out passwords and React's internal `$ACTION` fields. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key)) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}
