import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readMirrorSettings } from "@/lib/settings/mirrors";
import { SETTING_KEYS } from "@/lib/settings/schemas";
import { onionLocation } from "@/lib/site/proxy";

/** How long the onion address is reused before the database is asked again. */
const ONION_TTL_MS = 10_000;

type Kept = { expires: number; address: Promise<string> };

// On globalThis: the proxy and the server actions are bundled apart but run in one process, and
// a save must reach the proxy's memory at once (forgetOnionAddress, called on revalidation).
const globalStore = globalThis as unknown as { campaignOnionAddress?: Kept | null };

async function loadOnionAddress(): Promise<string> {
  const row = await getDb().setting.findUnique({
    where: { key: SETTING_KEYS.mirrors },
    select: { value: true },
  });
  return readMirrorSettings(row?.value).onionAddress;
}

/** The onion address ("" for none), read at most once per 10 s by all requests. */
function onionAddress(): Promise<string> {
  const kept = globalStore.campaignOnionAddress;
  if (kept && kept.expires > Date.now()) return kept.address;
  const address = loadOnionAddress();
  globalStore.campaignOnionAddress = { expires: Date.now() + ONION_TTL_MS, address };
  address.catch(() => {
    if (globalStore.campaignOnionAddress?.address === address) {
      globalStore.campaignOnionAddress = null;
    }
  });
  return address;
}

/** Forgets the kept onion address: after a settings change the next request reads it again. */
export function forgetOnionAddress(): void {
  globalStore.campaignOnionAddress = null;
}

/**
 * Adds `Onion-Location: <onion address><same path and query>` to the answer to a public page,
 * so Tor Browser offers the onion site. Redirects, other methods and non-pages pass unchanged;
 * a failed read only leaves the header out.
 */
export async function withOnionLocation(
  request: NextRequest,
  response: NextResponse,
): Promise<NextResponse> {
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  if (response.status >= 300 && response.status < 400) return response;
  try {
    const { pathname, search } = request.nextUrl;
    const location = onionLocation(await onionAddress(), pathname, search);
    if (location) response.headers.set("Onion-Location", location);
  } catch (error) {
    console.error("[onion-location] could not read the onion address", error);
  }
  return response;
}
