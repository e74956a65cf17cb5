/**
 * How the Next.js server tells `npm start`'s front that public content changed, so the front's
 * memory of public pages is emptied at once: a message on the IPC channel the supervisor opened.
 * Without such a channel (next dev, a front started on its own) nothing is sent and the front's
 * short lifetime bounds what it serves.
 */
const PUBLIC_CHANGE = "campaign:public-change";

export function announcePublicChange(): void {
  if (typeof process.send === "function" && process.connected) {
    process.send({ type: PUBLIC_CHANGE }, undefined, undefined, () => {
      // The supervisor is stopping; nothing to do.
    });
  }
}

export function isPublicChange(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === PUBLIC_CHANGE;
}

/**
 * Ends this Next.js server when the `npm start` that runs it goes away (killed with SIGKILL, or
 * its machine's supervisor stopped it hard): its IPC channel closes. Without this the server
 * would live on unreachable behind a front that is gone, holding memory and its database
 * connections until the next start stopped it.
 */
export function exitWithSupervisor(): void {
  if (typeof process.send !== "function") return;
  process.once("disconnect", () => {
    console.error("[campaign] npm start went away: this Next.js server stops too.");
    process.exit(0);
  });
}
