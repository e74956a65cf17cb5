/** The text inputs of the public forms (comments, petitions): one look for every reader's form. */
export const publicInputClass =
  "border-line focus:border-accent mt-1 block w-full rounded border bg-white px-3 py-2 text-base";

/** A field's refusal under it, named by `id` for the field's aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-accent mt-1 text-sm font-semibold">
      {errors.join(" ")}
    </p>
  );
}
