import { randomBytes } from "node:crypto";

const TOKEN_KEY = Symbol.for("campaign.tickToken");
type TickGlobal = typeof globalThis & { [TOKEN_KEY]?: string };

/** The token the ticker sends and the tick route checks: random per server process. */
export function getTickToken(): string {
  const store = globalThis as TickGlobal;
  store[TOKEN_KEY] ??= randomBytes(32).toString("hex");
  return store[TOKEN_KEY];
}

/**
 * Calls the server's own tick route on a timer: scheduled articles are published at their time
 * (and pages revalidated) without anyone touching them. Revalidation must run inside a route
 * handler, hence the HTTP round trip to ourselves.
 */
export function startTicker(): void {
  const intervalMs = Number(process.env.TICK_INTERVAL_MS) || 30_000;
  const url = `http://127.0.0.1:${process.env.PORT ?? "3000"}/api/internal/tick`;
  const tick = () => {
    fetch(url, { method: "POST", headers: { "x-tick-token": getTickToken() } })
      .then((response) => {
        if (!response.ok) console.error(`[ticker] ${url} answered ${response.status}`);
      })
      .catch(() => {
        // The server is starting or stopping; the next tick tries again.
      });
  };
  setTimeout(tick, 3_000).unref();
  setInterval(tick, intervalMs).unref();
}
