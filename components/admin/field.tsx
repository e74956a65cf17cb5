import { type ComponentProps, type ReactNode } from "react";

const inputClass =
  "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-accent";

type Common = {
  label: string;
  name: string;
  /** Error messages for this field (from ActionResult.fieldErrors[name]). */
  errors?: string[];
  hint?: ReactNode;
  className?: string;
};

function describedBy(id: string, errors?: string[], hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Hint and errors under a field; `name` is the field's id here (unique on the page). */
function FieldFooter({ name, errors, hint }: Pick<Common, "name" | "errors" | "hint">) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-muted mt-1 text-sm">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its hint and error messages wired up for screen readers. */
export function Field({
  label,
  name,
  errors,
  hint,
  className = "",
  ...input
}: Common & Omit<ComponentProps<"input">, "name">) {
  const id = input.id ?? name;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
        {...input}
        id={id}
      />
      <FieldFooter name={id} errors={errors} hint={hint} />
    </div>
  );
}

export function TextareaField({
  label,
  name,
  errors,
  hint,
  className = "",
  ...textarea
}: Common & Omit<ComponentProps<"textarea">, "name">) {
  const id = textarea.id ?? name;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
        {...textarea}
        id={id}
      />
      <FieldFooter name={id} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  className = "",
  ...select
}: Common & {
  options: readonly { value: string; label: string }[];
} & Omit<ComponentProps<"select">, "name">) {
  return (
    <div className={className}>
      <label htmlFor={select.id ?? name} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(select.id ?? name, errors, hint)}
        className={inputClass}
        {...select}
        id={select.id ?? name}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFooter name={select.id ?? name} errors={errors} hint={hint} />
    </div>
  );
}

/** A checkbox that sends "on" when ticked; the label sits beside it. */
export function CheckboxField({
  label,
  name,
  errors,
  hint,
  className = "",
  ...input
}: Common & Omit<ComponentProps<"input">, "name" | "type">) {
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(name, errors, hint)}
          className="size-5"
          {...input}
        />
        <label htmlFor={name} className="text-sm font-semibold">
          {label}
        </label>
      </div>
      <FieldFooter name={name} errors={errors} hint={hint} />
    </div>
  );
}
