"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { serialize } from "@/app/(admin)/admin/articles/_components/use-unsaved-work";

export type AutosaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  | { state: "untitled" }
  | { state: "retrying" }
  | { state: "refused"; message: string };

type Reply =
  | { ok: true; savedAt: string | null; articleId?: string; updatedAt?: string }
  | { ok: false; reason: string; message: string };

const ENDPOINT = "/admin/api/articles/autosave";
/** Quiet time after the last change, and the longest wait while someone types on and on. */
const QUIET_MS = 3_000;
const MAX_WAIT_MS = 10_000;
const RETRY_MS = [5_000, 10_000, 30_000, 60_000];
// Browsers refuse keepalive bodies over 64 KiB; a longer text leaves with the localStorage copy.
const KEEPALIVE_MAX = 60_000;

/** crypto.randomUUID needs a secure context; an admin on plain http gets the same from bytes. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * Autosaves the form to the server a few seconds after typing stops (and at least every ten
 * seconds while it goes on), retries when the network or server fails, and sends the last
 * changes with keepalive when the page goes away. A new article gets its id from the first
 * autosave that has a title (`onCreated`). Until then every autosave carries one key for this
 * editing session, by which the server finds the article it already created (a lost reply), and
 * a save pressed while that is unsure waits for the answer, so only one article is ever made.
 */
export function useServerAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  formKey: number,
  onCreated: (created: { id: string; updatedAt: string }) => void,
) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const changed = useRef(false);
  const inFlight = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  const createdId = useRef<string | null>(null);
  const createKey = useRef<string | null>(null);
  // A request without an id went out and its answer (did it create the article?) is not known.
  const createUnsure = useRef(false);
  // The button of a save held back until the server says which article this form is.
  const heldSubmit = useRef<{ submitter: HTMLElement | null } | null>(null);
  const quiet = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const longest = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const onCreatedRef = useRef(onCreated);
  useEffect(() => {
    onCreatedRef.current = onCreated;
  }, [onCreated]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const clearTimers = () => {
      clearTimeout(quiet.current);
      clearTimeout(longest.current);
      quiet.current = longest.current = undefined;
    };

    // The form now in the page: a restore remounts it while a request may be under way.
    const payload = (): { body: string; creating: boolean } => {
      const values = serialize(formRef.current ?? form);
      if (createdId.current) values.id = [createdId.current];
      if (values.id?.[0]) return { body: JSON.stringify({ values }), creating: false };
      createKey.current ??= newKey();
      return { body: JSON.stringify({ values, createKey: createKey.current }), creating: true };
    };

    // The held save goes ahead once the id is in the form (flushSync: rendered before it posts).
    const releaseSubmit = () => {
      const held = heldSubmit.current;
      heldSubmit.current = null;
      const current = formRef.current;
      if (!held || !current) return;
      const button = held.submitter;
      const same =
        button instanceof HTMLButtonElement
          ? current.querySelector<HTMLButtonElement>(
              `button[name="${button.name}"][value="${CSS.escape(button.value)}"]`,
            )
          : null;
      current.requestSubmit(same ?? undefined);
    };

    const send = async (force = false): Promise<void> => {
      clearTimers();
      if (stopped.current || (!changed.current && !force)) return;
      if (inFlight.current) {
        again.current = true;
        return;
      }
      const { body, creating } = payload();
      inFlight.current = true;
      if (creating) createUnsure.current = true;
      changed.current = false;
      setStatus({ state: "saving" });
      let reply: Reply | null = null;
      try {
        const response = await fetch(ENDPOINT, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body,
          redirect: "manual",
          cache: "no-store",
        });
        reply = response.type === "opaqueredirect" ? null : ((await response.json()) as Reply);
      } catch {
        reply = null;
      }
      inFlight.current = false;
      if (reply?.ok) {
        failures.current = 0;
        if (creating) createUnsure.current = false;
        if (reply.articleId && reply.updatedAt && !createdId.current) {
          const created = { id: reply.articleId, updatedAt: reply.updatedAt };
          createdId.current = created.id;
          window.history.replaceState(null, "", `/admin/articles/${created.id}`);
          flushSync(() => onCreatedRef.current(created));
        }
        setStatus(
          reply.savedAt ? { state: "saved", at: new Date(reply.savedAt) } : { state: "untitled" },
        );
      } else if (!reply || reply.reason === "failed") {
        // The network or the server failed: the same text is tried again, later each time. A
        // held save is dropped (pressing it again asks once more) rather than sent blind.
        heldSubmit.current = null;
        changed.current = true;
        setStatus({ state: "retrying" });
        const delay = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
        failures.current += 1;
        quiet.current = setTimeout(() => void send(), delay);
        return;
      } else {
        // Refused (conflict, permission, invalid): tried again only after the next change. A
        // refused create made nothing, so a held save goes ahead and shows its own errors.
        if (creating) createUnsure.current = false;
        setStatus({ state: "refused", message: reply.message });
      }
      if (heldSubmit.current) {
        releaseSubmit();
        return;
      }
      if (again.current) {
        again.current = false;
        void send();
      }
    };

    const onChange = () => {
      changed.current = true;
      stopped.current = false;
      clearTimeout(quiet.current);
      quiet.current = setTimeout(() => void send(), QUIET_MS);
      longest.current ??= setTimeout(() => void send(), MAX_WAIT_MS);
    };
    const onLeave = (unloading: boolean) => {
      if (!changed.current || stopped.current) return;
      // A hidden tab lives on: it waits for the request under way (above all a create) and sends
      // after it. A page being unloaded cannot wait; its key still finds the article created.
      if (inFlight.current && !unloading) {
        again.current = true;
        return;
      }
      const { body } = payload();
      clearTimers();
      changed.current = false;
      void fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body,
        keepalive: body.length < KEEPALIVE_MAX,
      }).catch(() => undefined);
    };
    const onPageHide = () => onLeave(true);
    const onHidden = () => {
      if (document.visibilityState === "hidden") onLeave(false);
    };
    // On submit the save itself keeps the text: nothing waiting is sent after it. While it is
    // unsure whether an autosave created this article, the save waits for the server's answer
    // (stopPropagation: React neither runs the action nor marks the form as submitting).
    const onSubmit = (event: SubmitEvent) => {
      if (!createdId.current && createUnsure.current) {
        event.preventDefault();
        event.stopPropagation();
        heldSubmit.current = { submitter: event.submitter };
        if (!inFlight.current) void send(true);
        return;
      }
      stopped.current = true;
      clearTimers();
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pagehide", onPageHide);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      clearTimers();
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pagehide", onPageHide);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [formRef, formKey]);

  return { status };
}
