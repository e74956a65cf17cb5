"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
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

/**
 * Autosaves the form to the server a few seconds after typing stops (and at least every ten
 * seconds while it goes on), retries when the network or server fails, and sends the last
 * changes with keepalive when the page goes away. A new article gets its id from the first
 * autosave that has a title (`onCreated`).
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
    const payload = (): string => {
      const values = serialize(formRef.current ?? form);
      if (createdId.current) values.id = [createdId.current];
      return JSON.stringify({ values });
    };

    const send = async (): Promise<void> => {
      clearTimers();
      if (stopped.current || !changed.current) return;
      if (inFlight.current) {
        again.current = true;
        return;
      }
      const body = payload();
      inFlight.current = true;
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
        if (reply.articleId && reply.updatedAt && !createdId.current) {
          createdId.current = reply.articleId;
          window.history.replaceState(null, "", `/admin/articles/${reply.articleId}`);
          onCreatedRef.current({ id: reply.articleId, updatedAt: reply.updatedAt });
        }
        setStatus(
          reply.savedAt ? { state: "saved", at: new Date(reply.savedAt) } : { state: "untitled" },
        );
      } else if (!reply || reply.reason === "failed") {
        // The network or the server failed: the same text is tried again, later each time.
        changed.current = true;
        setStatus({ state: "retrying" });
        const delay = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
        failures.current += 1;
        quiet.current = setTimeout(() => void send(), delay);
        return;
      } else {
        // Refused (conflict, permission, invalid): tried again only after the next change.
        setStatus({ state: "refused", message: reply.message });
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
    const onLeave = () => {
      if (!changed.current || stopped.current) return;
      const body = payload();
      clearTimers();
      changed.current = false;
      void fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body,
        keepalive: body.length < KEEPALIVE_MAX,
      }).catch(() => undefined);
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") onLeave();
    };
    // On submit the save itself keeps the text: nothing waiting is sent after it.
    const onSubmit = () => {
      stopped.current = true;
      clearTimers();
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pagehide", onLeave);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      clearTimers();
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pagehide", onLeave);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [formRef, formKey]);

  return { status };
}
