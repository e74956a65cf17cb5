import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { peoplePath } from "@/lib/urls";

type Option = { value: string; label: string };

/** The list's filters: a plain GET form, so it works without JavaScript. */
export function PeopleFilter({
  locale,
  filters,
  statuses,
  regions,
}: {
  locale: Locale;
  filters: { status?: string; region?: string };
  statuses: Option[];
  regions: Option[];
}) {
  const t = getMessages(locale.lang).people;
  const select = (name: "status" | "region", label: string, options: Option[]) => (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-semibold">
      {label}
      <select
        name={name}
        defaultValue={filters[name] ?? ""}
        className="border-line rounded border bg-white px-3 py-2 font-normal"
      >
        <option value="">{t.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      action={peoplePath(locale)}
      method="get"
      role="search"
      aria-label={t.filters}
      className="flex flex-wrap items-end gap-4"
    >
      {select("status", t.status, statuses)}
      {regions.length > 0 && select("region", t.region, regions)}
      <button
        type="submit"
        className="bg-navy rounded px-4 py-2 font-semibold text-white hover:opacity-90"
      >
        {t.show}
      </button>
    </form>
  );
}
