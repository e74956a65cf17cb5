import type { Env } from "@/lib/env";

/** Tells one kind of shared cache to drop every response tagged with any of `tags`. */
export interface Purger {
  /** "varnish", "cloudflare" or "fastly", for the log. */
  readonly name: string;
  /** Resolves once every cache has accepted the purge; throws naming what refused it. */
  purge(tags: readonly string[]): Promise<void>;
}

const TIMEOUT_MS = 5_000;

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    out.push(items.slice(index, index + size));
  return out;
}

async function send(url: string, init: RequestInit, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(`${what}: ${cause ?? (error as Error).message}`);
  }
  if (!response.ok) {
    const text = (await response.text().catch(() => "")).slice(0, 200).replace(/\s+/g, " ");
    throw new Error(`${what} answered ${response.status}${text ? `: ${text}` : ""}`);
  }
  return response;
}

// Tags are the app's own names ([A-Za-z0-9:._-], lib/runtime/cache-tag-headers.ts): only the
// dot needs escaping in a regular expression.
function banPattern(tags: readonly string[]): string {
  return `(^|\\s)(${tags.map((tag) => tag.replaceAll(".", "\\.")).join("|")})(\\s|$)`;
}

/**
 * Varnish (deploy/varnish/): a `PURGE` request naming the tags in `xkey-purge` (the xkey module
 * of varnish-modules drops every object carrying one), or a `BAN` request with a regular
 * expression over the stored `Surrogate-Key` for stock Varnish. Every server in VARNISH_URLS.
 */
export function varnishPurger(urls: readonly string[], mode: "xkey" | "ban"): Purger {
  return {
    name: "varnish",
    async purge(tags) {
      const failures: string[] = [];
      await Promise.all(
        urls.map(async (base) => {
          const url = new URL("/", base).href;
          const headers: Record<string, string> =
            mode === "xkey"
              ? { "xkey-purge": tags.join(" ") }
              : { "x-ban-pattern": banPattern(tags) };
          const method = mode === "xkey" ? "PURGE" : "BAN";
          await send(url, { method, headers }, `Varnish ${base}`).catch((error: Error) => {
            failures.push(error.message);
          });
        }),
      );
      if (failures.length > 0) throw new Error(failures.join("; "));
    },
  };
}

/** Cloudflare's purge by cache tag (the `Cache-Tag` header the front sets), 30 tags a call. */
export function cloudflarePurger(apiUrl: string, zoneId: string, token: string): Purger {
  const url = `${apiUrl.replace(/\/+$/, "")}/zones/${encodeURIComponent(zoneId)}/purge_cache`;
  return {
    name: "cloudflare",
    async purge(tags) {
      for (const batch of batches(tags, 30)) {
        const response = await send(
          url,
          {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ tags: batch }),
          },
          "Cloudflare",
        );
        const body = (await response.json().catch(() => null)) as {
          success?: boolean;
          errors?: { message?: string }[];
        } | null;
        if (body?.success !== true) {
          const reason = body?.errors?.map((error) => error.message).join("; ") || "no success";
          throw new Error(`Cloudflare refused the purge: ${reason}`);
        }
      }
    },
  };
}

/** Fastly's purge by surrogate key (the `Surrogate-Key` header the front sets), 256 a call. */
export function fastlyPurger(apiUrl: string, serviceId: string, token: string): Purger {
  const url = `${apiUrl.replace(/\/+$/, "")}/service/${encodeURIComponent(serviceId)}/purge`;
  return {
    name: "fastly",
    async purge(tags) {
      for (const batch of batches(tags, 256)) {
        await send(
          url,
          {
            method: "POST",
            headers: { "fastly-key": token, "surrogate-key": batch.join(" ") },
          },
          "Fastly",
        );
      }
    },
  };
}

/** The purger CACHE_PURGER names, or null for none. */
export function purgerFromEnv(env: Env): Purger | null {
  switch (env.CACHE_PURGER) {
    case "varnish":
      return varnishPurger(env.VARNISH_URLS ?? [], env.VARNISH_PURGE_MODE);
    case "cloudflare":
      return cloudflarePurger(
        env.CLOUDFLARE_API_URL,
        env.CLOUDFLARE_ZONE_ID ?? "",
        env.CLOUDFLARE_API_TOKEN ?? "",
      );
    case "fastly":
      return fastlyPurger(
        env.FASTLY_API_URL,
        env.FASTLY_SERVICE_ID ?? "",
        env.FASTLY_API_TOKEN ?? "",
      );
    default:
      return null;
  }
}
