"use client";

import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

type Draft = { savedAt: string; values: Record<string, string[]> };

const SKIPPED = new Set(["intent", "overwriteWith"]);

function serialize(form: HTMLFormElement): Record<string, string[]> {
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
    const onChange = () => {
      dirty.current = true;
      submitting.current = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const draft: Draft = { savedAt: new Date().toISOString(), values: serialize(form) };
        try {
          localStorage.setItem(storageKey, JSON.stringify(draft));
        } catch {
          // Storage full or disabled: the unsaved-changes warning still protects the text.
        }
      }, 800);
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
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

  const discardRestored = useCallback(() => {
    localStorage.removeItem(storageKey);
    dirty.current = false;
    setRestored(null);
    setRestoredAt(null);
    setFormKey((key) => key + 1);
  }, [storageKey]);

  return { formKey, restored, restoredAt, markSubmitting, discardRestored };
}
