"use client";

import { WebAuthnError, browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { type FormEvent, useActionState, useRef, useState, useSyncExternalStore } from "react";
import { SubmitButton } from "@/components/admin/button";
import { buttonClass } from "@/components/admin/button-styles";
import { Field } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { RecoveryCodeList } from "@/components/admin/recovery-code-list";
import { Table, Td, Th } from "@/components/admin/table";
import {
  beginKeyRegistrationAction,
  finishKeyRegistrationAction,
  removeSecurityKeyAction,
} from "@/lib/auth/two-factor/webauthn-actions";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => {};

/** "yes" or "no" once running in the browser; "unknown" while rendered on the server. */
function useWebAuthnSupport(): "yes" | "no" | "unknown" {
  return useSyncExternalStore(
    noSubscription,
    () => (browserSupportsWebAuthn() ? "yes" : "no"),
    () => "unknown",
  );
}

type Moment = { iso: string; text: string };
type KeyRow = { id: string; name: string; added: Moment; lastUsed: Moment | null };

/** The account's keys, each with a Remove button that asks first (a plain form without JS). */
export function SecurityKeyList({ rows }: { rows: KeyRow[] }) {
  const [state, remove] = useActionState(removeSecurityKeyAction, initialFormState);
  const t = staffMessages();
  const tk = t.securityKeys;
  return (
    <>
      <FormMessage result={state} />
      {rows.length === 0 ? (
        <p className="text-muted">{tk.none}</p>
      ) : (
        <Table caption={tk.caption}>
          <thead>
            <tr>
              <Th>{tk.nameColumn}</Th>
              <Th>{tk.addedColumn}</Th>
              <Th>{tk.lastUsedColumn}</Th>
              <Th>
                <span className="sr-only">{t.common.actions}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <span className="break-words">{row.name}</span>
                </Td>
                <Td>
                  <time dateTime={row.added.iso}>{row.added.text}</time>
                </Td>
                <Td>
                  {row.lastUsed ? (
                    <time dateTime={row.lastUsed.iso}>{row.lastUsed.text}</time>
                  ) : (
                    tk.never
                  )}
                </Td>
                <Td>
                  <form
                    action={remove}
                    onSubmit={(event) => {
                      if (!window.confirm(tk.removeQuestion(row.name))) event.preventDefault();
                    }}
                  >
                    <input type="hidden" name="keyId" value={row.id} />
                    <SubmitButton
                      variant="secondary"
                      pendingLabel={tk.removing}
                      aria-label={tk.removeLabel(row.name)}
                    >
                      {tk.remove}
                    </SubmitButton>
                  </form>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

type AddState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "refused"; error: string; nameError?: string }
  | { kind: "added"; message: string; codes: string[] };

/** What went wrong in the browser's own prompt, in words. */
function describeBrowserError(error: unknown): string {
  const t = staffMessages().securityKeys;
  if (
    error instanceof WebAuthnError &&
    error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED"
  ) {
    return t.alreadyAdded;
  }
  if (error instanceof Error && (error.name === "NotAllowedError" || error.name === "AbortError")) {
    return t.addCancelled;
  }
  return t.addFailed;
}

/** The three steps of adding a key: the server's options, the browser's prompt, the check. */
async function register(name: string): Promise<AddState> {
  try {
    const begun = await beginKeyRegistrationAction(name);
    if (!begun.ok) return { kind: "refused", error: begun.error, nameError: begun.nameError };
    let response;
    try {
      response = await startRegistration({ optionsJSON: begun.options });
    } catch (error) {
      return { kind: "refused", error: describeBrowserError(error) };
    }
    const done = await finishKeyRegistrationAction(name, response);
    if (!done.ok) return { kind: "refused", error: done.error, nameError: done.nameError };
    return { kind: "added", message: done.message, codes: done.codes };
  } catch {
    // The server could not be reached, or answered with something unexpected.
    return { kind: "refused", error: staffMessages().securityKeys.addFailed };
  }
}

/**
 * Adding a key: the name typed, then the browser's prompt, then the server's check. The new
 * recovery codes (for a first second factor) stay on screen after the page refreshes.
 */
export function AddSecurityKeyForm() {
  const t = staffMessages().securityKeys;
  const support = useWebAuthnSupport();
  const [name, setName] = useState("");
  const [state, setState] = useState<AddState>({ kind: "idle" });
  const nameInput = useRef<HTMLInputElement>(null);
  const busy = state.kind === "busy";

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setState({ kind: "busy" });
    const next = await register(name);
    if (next.kind === "added") setName("");
    setState(next);
    // A wrong name is told next to the field, which is read out with its error once focused.
    if (next.kind === "refused" && next.nameError) nameInput.current?.focus();
  }

  return (
    <form
      onSubmit={add}
      noValidate
      aria-labelledby="add-security-key-heading"
      className="border-line space-y-4 border-t pt-4"
    >
      <h3 id="add-security-key-heading" className="font-semibold">
        {t.addHeading}
      </h3>
      <div aria-live="polite" aria-atomic="true">
        {state.kind === "busy" ? <p>{t.addPrompt}</p> : null}
        {state.kind === "refused" && !state.nameError ? (
          <p className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3">
            {state.error}
          </p>
        ) : null}
        {state.kind === "added" ? (
          <p className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            {state.message}
          </p>
        ) : null}
        {support === "no" ? <p>{t.notSupported}</p> : null}
      </div>
      {state.kind === "added" ? <RecoveryCodeList codes={state.codes} /> : null}
      <noscript>
        <p className="border-accent rounded border-l-4 bg-amber-50 p-3">{t.addNeedsScript}</p>
      </noscript>
      <Field
        label={t.nameLabel}
        name="name"
        id="security-key-name"
        ref={nameInput}
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={60}
        autoComplete="off"
        hint={t.nameHint}
        errors={state.kind === "refused" && state.nameError ? [state.nameError] : undefined}
        required
      />
      <button
        type="submit"
        className={buttonClass("primary")}
        disabled={support !== "yes" || busy}
        aria-disabled={support !== "yes" || busy}
      >
        {busy ? t.adding : t.add}
      </button>
    </form>
  );
}
