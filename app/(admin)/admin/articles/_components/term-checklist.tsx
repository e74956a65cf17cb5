/** Categories or regions as ticks; categories indented under their parents. */
export function TermChecklist({
  legend,
  name,
  terms,
  checked,
  errors,
}: {
  legend: string;
  name: "categoryIds" | "regionIds";
  terms: { id: string; name: string; depth?: number }[];
  checked: string[];
  errors?: string[];
}) {
  return (
    <fieldset
      className="border-line rounded border bg-white p-4"
      aria-describedby={errors ? `${name}-error` : undefined}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {terms.map((term) => (
          <li key={term.id} style={{ paddingLeft: `${(term.depth ?? 0) * 1.25}rem` }}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={term.id}
                defaultChecked={checked.includes(term.id)}
                className="size-4"
              />
              {term.name}
            </label>
          </li>
        ))}
      </ul>
      {errors ? (
        <p id={`${name}-error`} className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
