"use client";

import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/languages";
import { people } from "@/lib/i18n/messages/people";

const noSubscription = () => () => {};

/** Opens the browser's print dialog; without JavaScript, says how to print instead. */
export function PrintButton({ lang }: { lang: Lang }) {
  const t = people[lang];
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!ready) return <p className="text-muted text-sm">{t.printNoScript}</p>;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="bg-accent rounded px-4 py-2 font-semibold text-white hover:opacity-90"
    >
      {t.print}
    </button>
  );
}
