"use client";

import { useState } from "react";
import type { AutosaveStatus } from "@/app/(admin)/admin/articles/_components/use-server-autosave";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** Hours and minutes in the site's time zone ("14:02"). */
function clockTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
}

/**
 * "Saving…", "Saved 14:02", "Not saved – retrying": always in view, but only a failure is
 * announced (role="alert"); the routine states change every few seconds while someone types and
 * would talk over their screen reader, so they sit in no live region.
 */
export function AutosaveIndicator({
  status,
  timeZone,
}: {
  status: AutosaveStatus;
  timeZone: string;
}) {
  const t = staffMessages().autosave;
  const text =
    status.state === "saving"
      ? t.saving
      : status.state === "saved"
        ? t.savedAt(clockTime(status.at, timeZone))
        : status.state === "untitled"
          ? t.needsTitle
          : status.state === "retrying"
            ? t.retrying
            : status.state === "refused"
              ? t.notSaved(status.message)
              : "";
  const warn = status.state === "retrying" || status.state === "refused";
  // The alert is always rendered, so screen readers notice text put into it.
  return (
    <div data-autosave={status.state} className="min-h-5 text-sm">
      {warn ? null : <p className="text-muted">{text}</p>}
      <p role="alert" className="font-semibold text-red-800">
        {warn ? text : ""}
      </p>
    </div>
  );
}

/**
 * "An autosave from 14:02 is newer than the saved version – Restore / Discard". Discard also
 * drops it on the server, so it is not offered again.
 */
export function ServerAutosaveOffer({
  articleId,
  offer,
  timeZone,
  onRestore,
}: {
  articleId: string | undefined;
  offer: { savedAt: string; values: Record<string, string[]> } | undefined;
  timeZone: string;
  onRestore: (values: Record<string, string[]>) => void;
}) {
  const t = staffMessages().autosave;
  const [state, setState] = useState<"open" | "restored" | "discarded">("open");
  if (!articleId || !offer || state === "discarded") return null;
  const time = clockTime(new Date(offer.savedAt), timeZone);
  return (
    <div
      role="status"
      className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900"
    >
      {state === "restored" ? (
        t.restored(time)
      ) : (
        <>
          {t.offer(time)}{" "}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => {
              onRestore(offer.values);
              setState("restored");
            }}
          >
            {t.restore}
          </button>{" "}
          /{" "}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => {
              setState("discarded");
              void fetch(
                `/admin/api/articles/autosave?articleId=${encodeURIComponent(articleId)}`,
                {
                  method: "DELETE",
                },
              ).catch(() => undefined);
            }}
          >
            {t.discard}
          </button>
        </>
      )}
    </div>
  );
}

/** The localStorage copy put back on load, with a way to throw it away. */
export function RestoredDraftNotice({
  restoredAt,
  onDiscard,
}: {
  restoredAt: string | null;
  onDiscard: () => void;
}) {
  const t = staffMessages().editor;
  if (!restoredAt) return null;
  return (
    <div
      role="status"
      className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900"
    >
      {t.restoredDraft(restoredAt)}{" "}
      <button type="button" className="font-semibold underline" onClick={onDiscard}>
        {t.discardRestored}
      </button>
      {t.restoredDraftEnd}
    </div>
  );
}
