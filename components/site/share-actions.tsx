"use client";

import { useState, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/languages";
import { article } from "@/lib/i18n/messages/article";

const noSubscription = () => () => {};

/**
 * Copy-link and system share buttons. They need JavaScript, so they render nothing until it runs;
 * the plain share links and the visible address work without it.
 */
export function ShareActions({ url, title, lang }: { url: string; title: string; lang: Lang }) {
  const t = article[lang].share;
  // False while rendering on the server and hydrating, true once running in the browser.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [status, setStatus] = useState("");

  if (!ready) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to do.
    }
  };

  const buttonClass =
    "rounded border border-navy px-3 py-1.5 text-sm font-semibold text-navy hover:bg-navy hover:text-white";
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy()} className={buttonClass}>
        {t.copyLink}
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()} className={buttonClass}>
          {t.shareMenu}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-muted text-sm">
        {status}
      </p>
    </div>
  );
}
