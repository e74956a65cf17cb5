import { ACTIONS_SCRIPT } from "@/components/site/share-actions";
import type { Lang } from "@/lib/i18n/languages";
import { people } from "@/lib/i18n/messages/people";

/** Opens the browser's print dialog; without JavaScript, says how to print instead. */
export function PrintButton({ lang }: { lang: Lang }) {
  const t = people[lang];
  return (
    <>
      <script src={ACTIONS_SCRIPT} async />
      <p data-print-fallback="" className="text-muted text-sm">
        {t.printNoScript}
      </p>
      <button
        type="button"
        hidden
        data-print=""
        className="bg-accent rounded px-4 py-2 font-semibold text-white hover:opacity-90"
      >
        {t.print}
      </button>
    </>
  );
}
