import { FilteredChecklist } from "@/app/(admin)/admin/articles/_components/filtered-checklist";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** "People in this story": everyone as ticks, by name; their pages then list the article. */
export function PeopleChecklist({
  people,
  checked,
  errors,
}: {
  people: { id: string; name: string }[];
  checked: string[];
  errors?: string[];
}) {
  const t = staffMessages().people.articlePeople;
  if (people.length === 0) return null;
  return (
    <fieldset
      className="border-line rounded border bg-white p-4"
      aria-describedby={errors ? "personIds-hint personIds-error" : "personIds-hint"}
    >
      <legend className="px-1 font-semibold">{t.legend}</legend>
      <p id="personIds-hint" className="text-muted mb-2 text-sm">
        {t.hint}
      </p>
      <FilteredChecklist
        filterLabel={staffMessages().organising.filter.people}
        name="personIds"
        items={people}
        checked={checked}
        listClassName="max-h-64 space-y-1 overflow-y-auto"
      />
      {errors ? (
        <p id="personIds-error" className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
