import { getEnv, currentDatabaseUrl } from "@/lib/env";
import { getInstanceId } from "@/lib/cluster/instance-id";
import { type PeerChange, startInvalidationListener } from "@/lib/cluster/listener";
import { getTickToken } from "@/lib/runtime/ticker";

/**
 * Hears the changes other instances make and applies them here, through this server's own
 * revalidation route (revalidation must run inside a route handler, as the ticker's does).
 */
export function startPeerListener(): void {
  const databaseUrl = currentDatabaseUrl();
  if (!databaseUrl) return;
  const url = `http://127.0.0.1:${getEnv().PORT}/api/internal/revalidate`;
  const send = (body: Partial<PeerChange> & { everything?: boolean }) => {
    fetch(url, {
      method: "POST",
      headers: { "x-tick-token": getTickToken(), "content-type": "application/json" },
      body: JSON.stringify(body),
    })
      .then((response) => {
        if (!response.ok) console.error(`[cluster] ${url} answered ${response.status}`);
      })
      .catch((error: unknown) =>
        console.error(`[cluster] Could not apply another instance's change: ${String(error)}`),
      );
  };
  startInvalidationListener({
    databaseUrl,
    self: getInstanceId(),
    onChange: ({ tags, searches }) => send({ tags, searches }),
    onReconnected: () => send({ everything: true }),
    log: (line) => console.log(`[cluster] ${line}`),
  });
}
