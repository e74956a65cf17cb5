import { staffMessages } from "@/lib/i18n/messages/staff";

type Item = { id: string; name: string; depth?: number };

export type LinkOptions = {
  people: Item[];
  categories: Item[];
  tags: Item[];
  regions: Item[];
};

function Group({
  heading,
  name,
  items,
  checked,
}: {
  heading: string;
  name: "personIds" | "termIds";
  items: Item[];
  checked: string[];
}) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{heading}</h3>
      <ul className="border-line max-h-56 space-y-1 overflow-y-auto rounded border p-2">
        {items.map((item) => (
          <li key={item.id} style={{ paddingLeft: `${(item.depth ?? 0) * 1.25}rem` }}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={item.id}
                defaultChecked={checked.includes(item.id)}
                className="size-4 shrink-0"
              />
              {item.name}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The people and terms the petition is offered with: ticks by group, people as `personIds`,
 * categories, tags and regions as `termIds`.
 */
export function LinkChecklists({
  options,
  personIds,
  termIds,
  errors,
}: {
  options: LinkOptions;
  personIds: string[];
  termIds: string[];
  errors?: string[];
}) {
  const f = staffMessages().petitions.form;
  return (
    <fieldset
      className="border-line space-y-4 rounded border bg-white p-4"
      aria-describedby={errors ? "links-hint links-error" : "links-hint"}
    >
      <legend className="px-1 font-semibold">{f.links}</legend>
      <p id="links-hint" className="text-muted text-sm">
        {f.linksHint}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Group heading={f.people} name="personIds" items={options.people} checked={personIds} />
        <Group heading={f.categories} name="termIds" items={options.categories} checked={termIds} />
        <Group heading={f.tags} name="termIds" items={options.tags} checked={termIds} />
        <Group heading={f.regions} name="termIds" items={options.regions} checked={termIds} />
      </div>
      {errors ? (
        <p id="links-error" className="text-accent text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
