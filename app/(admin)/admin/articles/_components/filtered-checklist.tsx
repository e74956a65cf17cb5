"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => {};

/** Lists shorter than this are read at a glance and get no filter box. */
const FILTER_FROM = 6;

type Item = { id: string; name: string; depth?: number };

/** Lower case without accents, so "bialiatski" finds "Bialiatski" and "Б" ignores "б". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase();

/** For each item the index of its parent: the nearest earlier item one level up. */
function parentIndexes(items: Item[]): (number | null)[] {
  const open: number[] = [];
  return items.map((item, index) => {
    const depth = item.depth ?? 0;
    open.length = depth;
    const parent = depth > 0 ? (open[depth - 1] ?? null) : null;
    open[depth] = index;
    return parent;
  });
}

/**
 * Ticks with a filter box above them once the script runs: typing hides the items whose name
 * does not contain the text, except ticked ones, which stay in view; the parents of a match stay
 * too, so the tree still reads. Hidden ticks are still in the form and still posted. Without
 * JavaScript it is the plain list.
 */
export function FilteredChecklist({
  filterLabel,
  name,
  items,
  checked,
  listClassName = "space-y-1",
}: {
  filterLabel: string;
  name: string;
  items: Item[];
  checked: string[];
  listClassName?: string;
}) {
  const t = staffMessages().organising.filter;
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState("");
  const [ticked, setTicked] = useState(() => new Set(checked));
  const id = useId();
  const text = fold(query.trim());
  const filtering = ready && text !== "";

  const shown = new Set<number>();
  let matches = 0;
  if (filtering) {
    const parents = parentIndexes(items);
    items.forEach((item, index) => {
      const isMatch = fold(item.name).includes(text);
      if (isMatch) matches++;
      if (!isMatch && !ticked.has(item.id)) return;
      for (let at: number | null = index; at !== null && !shown.has(at); at = parents[at] ?? null) {
        shown.add(at);
      }
    });
  }

  return (
    <>
      {ready && items.length >= FILTER_FROM ? (
        <div className="mb-2">
          <label htmlFor={`${id}-filter`} className="block text-sm font-semibold">
            {filterLabel}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the filter box would otherwise save the article.
              if (event.key === "Enter") event.preventDefault();
            }}
            aria-describedby={`${id}-count`}
            autoComplete="off"
            className="border-line text-ink mt-1 block w-full rounded border bg-white px-2 py-1 text-sm"
          />
          <p id={`${id}-count`} role="status" className="text-muted mt-1 text-xs">
            {filtering ? `${t.matches(matches, items.length)} ${t.ticked}` : ""}
          </p>
        </div>
      ) : null}
      <ul className={listClassName}>
        {items.map((item, index) => (
          <li
            key={item.id}
            hidden={filtering && !shown.has(index)}
            style={{ paddingLeft: `${(item.depth ?? 0) * 1.25}rem` }}
          >
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={item.id}
                defaultChecked={checked.includes(item.id)}
                onChange={(event) => {
                  const isTicked = event.target.checked;
                  setTicked((current) => {
                    const next = new Set(current);
                    if (isTicked) next.add(item.id);
                    else next.delete(item.id);
                    return next;
                  });
                }}
                className="size-4"
              />
              {item.name}
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
