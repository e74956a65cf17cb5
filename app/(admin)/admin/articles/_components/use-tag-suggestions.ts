"use client";

import { useEffect, useState } from "react";

type Suggestion = { name: string; matchedName: string | null; uses: number };

/** Waits this long after the last keystroke before asking, so typing a word makes one request. */
const DEBOUNCE_MS = 200;

/**
 * Existing tags matching what is being typed, from /admin/api/tags. `failed` says the look-up
 * did not answer (the box then works as a plain list of new tags).
 */
export function useTagSuggestions(text: string): { items: Suggestion[]; failed: boolean } {
  const query = text.trim();
  const [result, setResult] = useState<{ query: string; items: Suggestion[]; failed: boolean }>({
    query: "",
    items: [],
    failed: false,
  });

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetch(`/admin/api/tags?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`tag suggestions answered ${response.status}`);
          const body = (await response.json()) as { items: Suggestion[] };
          setResult({ query, items: body.items, failed: false });
        })
        .catch(() => {
          if (!controller.signal.aborted) setResult({ query, items: [], failed: true });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Suggestions for an older text stay out of the list until the new answer arrives.
  if (!query || result.query !== query) return { items: [], failed: result.failed };
  return result;
}
