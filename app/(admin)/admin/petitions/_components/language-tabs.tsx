"use client";

import { type ReactNode, useState, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/languages";

type Tab = { lang: Lang; label: string; hasError: boolean };

const noSubscription = () => () => {};

/**
 * One panel per language. Without JavaScript every panel shows, one under the other; with it,
 * a row of tabs shows one at a time (the first with an error after a refusal). Hidden panels
 * stay in the form, so every language is sent on save.
 */
export function LanguageTabs({
  tabs,
  label,
  errorMark,
  attempt,
  children,
}: {
  tabs: Tab[];
  label: string;
  errorMark: string;
  /** The form's latest result: a new one with errors opens the first tab that has one. */
  attempt: unknown;
  children: (lang: Lang) => ReactNode;
}) {
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [active, setActive] = useState<Lang | undefined>(tabs[0]?.lang);
  const [seen, setSeen] = useState(attempt);
  if (attempt !== seen) {
    setSeen(attempt);
    const firstError = tabs.find((tab) => tab.hasError)?.lang;
    if (firstError) setActive(firstError);
  }
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setActive(tab.lang);
    document.getElementById(`tab-${tab.lang}`)?.focus();
  };
  return (
    <div>
      {enhanced && tabs.length > 1 ? (
        <div role="tablist" aria-label={label} className="border-line flex flex-wrap border-b">
          {tabs.map((tab, index) => (
            <button
              key={tab.lang}
              id={`tab-${tab.lang}`}
              type="button"
              role="tab"
              aria-selected={active === tab.lang}
              aria-controls={`panel-${tab.lang}`}
              tabIndex={active === tab.lang ? 0 : -1}
              onClick={() => setActive(tab.lang)}
              onKeyDown={(event) => {
                if (event.key === "ArrowRight") select(index + 1);
                if (event.key === "ArrowLeft") select(index - 1);
              }}
              className="aria-selected:border-line -mb-px rounded-t border border-transparent px-4 py-2 text-sm font-semibold aria-selected:bg-white"
            >
              {tab.label}
              {tab.hasError ? <span className="text-accent"> {errorMark}</span> : null}
            </button>
          ))}
        </div>
      ) : null}
      {tabs.map((tab) => (
        <div
          key={tab.lang}
          id={`panel-${tab.lang}`}
          role={enhanced && tabs.length > 1 ? "tabpanel" : undefined}
          aria-labelledby={enhanced && tabs.length > 1 ? `tab-${tab.lang}` : undefined}
          hidden={enhanced && tabs.length > 1 && active !== tab.lang}
          className="mb-4"
        >
          {children(tab.lang)}
        </div>
      ))}
    </div>
  );
}
