"use client";

import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { unstable_rethrow } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { buttonClass } from "@/components/admin/button-styles";
import {
  beginKeySignInAction,
  finishKeySignInAction,
} from "@/lib/auth/two-factor/webauthn-actions";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => {};

/**
 * Asks for a key and sends its answer. Resolves with a message when the step failed; when it
 * passed, the server action redirects, which reaches the caller as Next.js's redirect error.
 */
async function signInWithKey(): Promise<string> {
  const t = staffMessages().securityKeys;
  try {
    const begun = await beginKeySignInAction();
    if (!begun.ok) return begun.error;
    let response;
    try {
      response = await startAuthentication({ optionsJSON: begun.options });
    } catch (error) {
      const cancelled =
        error instanceof Error && (error.name === "NotAllowedError" || error.name === "AbortError");
      return cancelled ? t.signInCancelled : t.wrongKey;
    }
    const { error } = await finishKeySignInAction(response);
    return error;
  } catch (error) {
    // The redirect after success goes on to the router; anything else means the server could
    // not be reached or answered unexpectedly.
    unstable_rethrow(error);
    console.error(error);
    return t.wrongKey;
  }
}

/**
 * The second step's "Use a security key" button (shown when the account has a key). It needs
 * JavaScript, and says so without it; the code forms below it work either way.
 */
export function SecurityKeySignIn() {
  const t = staffMessages().securityKeys;
  const support = useSyncExternalStore(
    noSubscription,
    () => (browserSupportsWebAuthn() ? "yes" : "no"),
    () => "unknown",
  );
  const [busy, startTransition] = useTransition();
  const [error, setError] = useState("");

  function signIn() {
    if (busy) return;
    setError("");
    // In a transition, so the redirect after success is followed like a form action's.
    startTransition(async () => {
      const message = await signInWithKey();
      startTransition(() => setError(message));
    });
  }

  return (
    <section aria-labelledby="security-key-heading" className="mt-6 space-y-3">
      <h2 id="security-key-heading" className="sr-only">
        {t.use}
      </h2>
      <p className="text-muted text-sm" id="security-key-hint">
        {t.signInHint}
      </p>
      <button
        type="button"
        onClick={signIn}
        className={buttonClass("primary", "w-full")}
        disabled={support !== "yes" || busy}
        aria-disabled={support !== "yes" || busy}
        aria-describedby="security-key-hint"
      >
        {busy ? t.waiting : t.use}
      </button>
      <div aria-live="assertive" aria-atomic="true">
        {error ? (
          <p className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3">{error}</p>
        ) : null}
        {support === "no" ? <p>{t.notSupported}</p> : null}
      </div>
      <noscript>
        <p className="border-accent rounded border-l-4 bg-amber-50 p-3">{t.signInNeedsScript}</p>
      </noscript>
    </section>
  );
}
