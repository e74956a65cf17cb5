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
