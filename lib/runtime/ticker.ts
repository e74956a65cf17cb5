import { randomBytes, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

const TOKEN_KEY = Symbol.for("campaign.tickToken");
type TickGlobal = typeof globalThis & { [TOKEN_KEY]?: string };

/**
 * The token the ticker sends and the tick route checks: the one `npm start` gave this server
 * (TICK_TOKEN), or one made at random for this process.
 */
export function getTickToken(): string {
  const store = globalThis as TickGlobal;
  store[TOKEN_KEY] ??= getEnv().TICK_TOKEN ?? randomBytes(32).toString("hex");
  return store[TOKEN_KEY];
}

/** True for a request made by this server itself (its ticker, supervisor or peer listener). */
export function hasTickToken(request: Request): boolean {
  const given = Buffer.from(request.headers.get("x-tick-token") ?? "");
  const expected = Buffer.from(getTickToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Calls the server's own tick route on a timer: scheduled articles are published at their time
 * (and pages revalidated) without anyone touching them. Revalidation must run inside a route
 * handler, hence the HTTP round trip to ourselves.
 */
export function startTicker(): void {
  const env = getEnv();
  const url = `http://127.0.0.1:${env.PORT}/api/internal/tick`;
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
  setInterval(tick, env.TICK_INTERVAL_MS).unref();
}
