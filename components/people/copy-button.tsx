"use client";

import { useState, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/languages";
import { people } from "@/lib/i18n/messages/people";

const noSubscription = () => () => {};

/**
 * Copies an address to the clipboard. It needs JavaScript, so it renders nothing until it runs:
 * the address itself is plain text anyone can select.
 */
export function CopyButton({ text, lang }: { text: string; lang: Lang }) {
  const t = people[lang];
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");
  if (!ready) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        className="border-navy text-navy hover:bg-navy rounded border px-3 py-1.5 text-sm font-semibold hover:text-white"
      >
        {t.copyAddress}
      </button>
      <p role="status" aria-live="polite" className="text-muted text-sm">
        {status}
      </p>
    </div>
  );
}
