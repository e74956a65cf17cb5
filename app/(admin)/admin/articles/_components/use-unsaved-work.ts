"use client";

import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

type Draft = { savedAt: string; values: Record<string, string[]> };

const SKIPPED = new Set(["intent", "overwriteWith"]);

/** The form as FormData has it, minus the buttons and React's own fields. */
export function serialize(form: HTMLFormElement): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || key.startsWith("$") || SKIPPED.has(key)) continue;
    (values[key] ??= []).push(value);
  }
  return values;
}

function sameContent(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const strip = (values: Record<string, string[]>) =>
    JSON.stringify(
      Object.entries(values)
        .filter(([key]) => key !== "expectedUpdatedAt")
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return strip(a) === strip(b);
}

/**
 * No lost work: keeps the form's content in localStorage while editing, offers it back after a
 * crash or reload, and warns before leaving with unsaved changes. A restored draft keeps the
 * version it was based on, so saving it over someone else's newer save is reported as a conflict.
 */
export function useUnsavedWork(
  formRef: RefObject<HTMLFormElement | null>,
  storageKey: string,
  justSaved: boolean,
) {
  const [formKey, setFormKey] = useState(0);
  const [restored, setRestored] = useState<Record<string, string[]> | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const dirty = useRef(false);
  const submitting = useRef(false);
  const storedUnder = useRef(storageKey);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (justSaved) {
      localStorage.removeItem(storageKey);
      return;
    }
    const stored = localStorage.getItem(storageKey);
    if (!stored) return;
    try {
      const draft = JSON.parse(stored) as Draft;
      if (sameContent(draft.values, serialize(form))) {
        localStorage.removeItem(storageKey);
        return;
      }
      // Restoring remounts the form with the stored values; done once, on load.
      /* eslint-disable react-hooks/set-state-in-effect */
      setRestored(draft.values);
      setRestoredAt(new Date(draft.savedAt).toLocaleString());
      setFormKey((key) => key + 1);
      /* eslint-enable react-hooks/set-state-in-effect */
      dirty.current = true;
    } catch {
      localStorage.removeItem(storageKey);
    }
    // Only on first load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      const draft: Draft = { savedAt: new Date().toISOString(), values: serialize(form) };
      try {
        localStorage.setItem(storageKey, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the unsaved-changes warning still protects the text.
      }
    };
    if (storedUnder.current !== storageKey) {
      // A new article that its first autosave created: its copy moves to the article's own key.
      localStorage.removeItem(storedUnder.current);
      storedUnder.current = storageKey;
      if (dirty.current) write();
    }
    // Leaving or hiding the tab writes at once: the debounce must not lose the last keystrokes.
    const flush = () => {
      if (timer !== undefined && !submitting.current) write();
    };
    const onChange = () => {
      dirty.current = true;
      submitting.current = false;
      clearTimeout(timer);
      timer = setTimeout(write, 800);
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      flush();
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [formRef, storageKey, formKey]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current || submitting.current) return;
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  const markSubmitting = useCallback(() => {
    submitting.current = true;
  }, []);

  /** Fills the form with values kept elsewhere (the server's autosave), as a restore does. */
  const restoreValues = useCallback((values: Record<string, string[]>) => {
    dirty.current = true;
    setRestored(values);
    setFormKey((key) => key + 1);
  }, []);

  const discardRestored = useCallback(() => {
    localStorage.removeItem(storageKey);
    dirty.current = false;
    setRestored(null);
    setRestoredAt(null);
    setFormKey((key) => key + 1);
  }, [storageKey]);

  return { formKey, restored, restoredAt, markSubmitting, discardRestored, restoreValues };
}
