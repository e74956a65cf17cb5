"use client";

import { useEffect, useId, useState } from "react";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** One published article, page or person the link search offers (see lib/editor/link-search). */
export type LinkTargetChoice = { title: string; kind: string; path: string };

type Found =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "done"; items: LinkTargetChoice[] }
  | { state: "failed"; message: string };

/** Waits for a pause in typing before asking the server, so a word is one request, not five. */
const PAUSE_MS = 200;

/**
 * A combobox over this site's published pages: type, move with the arrow keys, Enter or a click
 * picks one. The results are an ARIA listbox the input points at (aria-activedescendant).
 */
export function LinkSearchBox({
  lang,
  onPick,
}: {
  /** The article's language: a person's address is given in it. */
  lang?: string;
  onPick: (target: LinkTargetChoice) => void;
}) {
  const t = staffMessages().linkDialog;
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found>({ state: "idle" });
  const [active, setActive] = useState(0);

  useEffect(() => {
    const words = query.trim();
    if (!words) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      setFound({ state: "searching" });
      const params = new URLSearchParams({ q: words });
      if (lang) params.set("lang", lang);
      fetch(`/admin/api/link-search?${params.toString()}`, { signal: abort.signal })
        .then(async (response) => {
          const body = (await response.json().catch(() => null)) as {
            items?: LinkTargetChoice[];
            message?: string;
          } | null;
          if (response.ok && body?.items) {
            setActive(0);
            setFound({ state: "done", items: body.items });
          } else setFound({ state: "failed", message: body?.message ?? t.searchFailed });
        })
        .catch((error: unknown) => {
          if (!abort.signal.aborted) {
            console.error("[link search]", error);
            setFound({ state: "failed", message: t.searchFailed });
          }
        });
    }, PAUSE_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [query, lang, t.searchFailed]);

  const items = query.trim() && found.state === "done" ? found.items : [];
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = items.length > 0;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!expanded) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + items.length) % items.length);
    } else if (event.key === "Enter") {
      const item = items[active];
      if (!item) return;
      event.preventDefault();
      onPick(item);
    }
  }

  return (
    <div className="mt-4">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        {t.search}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        className="border-line mt-1 block w-full rounded border bg-white px-3 py-2"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t.results}
        hidden={!expanded}
        className="border-line mt-1 max-h-60 overflow-y-auto rounded border bg-white"
      >
        {items.map((item, index) => (
          <li
            key={`${item.kind}:${item.path}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => onPick(item)}
            className="aria-selected:bg-paper cursor-pointer px-3 py-2"
          >
            <span className="block font-semibold">{item.title}</span>
            <span className="text-muted block text-sm">
              {t.kind[item.kind] ?? item.kind} · {item.path}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="text-muted mt-1 text-sm">
        {!query.trim()
          ? ""
          : found.state === "searching"
            ? t.searching
            : found.state === "failed"
              ? found.message
              : found.state === "done" && found.items.length === 0
                ? t.noResults
                : ""}
      </p>
    </div>
  );
}
