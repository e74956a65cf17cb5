import { FilteredChecklist } from "@/app/(admin)/admin/articles/_components/filtered-checklist";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Categories or regions as ticks, with a filter box; categories indented under their parents. */
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
      <FilteredChecklist
        filterLabel={staffMessages().organising.filter.label(legend)}
        name={name}
        items={terms}
        checked={checked}
      />
      {errors ? (
        <p id={`${name}-error`} className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
