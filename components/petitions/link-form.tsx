"use client";

import { useActionState } from "react";
import type { Lang } from "@/lib/i18n/languages";
import { petitionLinkMessages } from "@/lib/i18n/messages/petition-links";
import { petitionMessages } from "@/lib/i18n/messages/petitions";
import {
  type LinkState,
  confirmSignatureAction,
  withdrawSignatureAction,
} from "@/lib/petitions/actions";

type Outcome = Extract<LinkState, { status: "done" }>["outcome"];

type Props = {
  purpose: "confirm" | "withdraw";
  token: string;
  lang: Lang;
  petitionHref: string;
  /** What the link already stands for when the page is opened (no button then): dead, confirmed. */
  settled: Outcome | null;
  /** What the button does, shown above it. */
  children: React.ReactNode;
};

/**
 * The one button on the page an emailed link opens. A link never acts by being opened (mail
 * scanners open links), only when its owner presses the button; without JavaScript the form
 * posts and the page comes back with the outcome.
 */
export function LinkForm({ purpose, token, lang, petitionHref, settled, children }: Props) {
  const t = petitionMessages[lang];
  const l = petitionLinkMessages[lang];
  const [state, action, isPending] = useActionState<LinkState, FormData>(
    purpose === "confirm" ? confirmSignatureAction : withdrawSignatureAction,
    { status: "idle" },
  );
  // The button's answer wins over what the page found (after a withdrawal, nothing).
  const outcome = state.status === "done" ? state.outcome : settled;
  if (outcome && outcome !== "failed") {
    const message = {
      confirmed: l.confirmed,
      withdrawn: l.withdrawn,
      closed: l.confirmClosed,
      dead: l.linkDead,
    }[outcome];
    return (
      <div
        role="status"
        className="border-navy rounded border-2 bg-white p-4"
        data-link-outcome={outcome}
      >
        <p className="font-semibold">{message}</p>
        <p className="mt-3">
          <a href={petitionHref} className="text-accent font-semibold underline">
            {t.backToPetition}
          </a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      {outcome === "failed" && (
        <p
          role="alert"
          className="border-accent text-accent rounded border-2 bg-white p-3 font-semibold"
        >
          {l.linkFailed}
        </p>
      )}
      {children}
      <input type="hidden" name="t" value={token} />
      <button
        type="submit"
        disabled={isPending}
        className="bg-accent hover:bg-accent-dark rounded px-6 py-3 text-lg font-bold text-white disabled:opacity-60"
      >
        {purpose === "confirm" ? l.confirmButton : l.withdrawButton}
      </button>
    </form>
  );
}
