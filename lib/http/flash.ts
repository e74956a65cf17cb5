import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/http/flash-names";
import { seal, unseal } from "@/lib/secrets";

/**
 * A message for the page a redirect leads to ("uploaded", or why not), carried in a signed,
 * short-lived cookie rather than the query string, so no link can make a staff page print words
 * of someone else's choosing. The proxy hands it to the page once and deletes it.
 */
const FLASH_SECONDS = 60;

export type Flash = { tone: "done" | "error"; text: string };

export function flashCookie(flash: Flash) {
  return {
    name: FLASH_COOKIE,
    value: seal("flash", { ...flash, e: Date.now() + FLASH_SECONDS * 1000 }),
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      path: "/admin",
      maxAge: FLASH_SECONDS,
      secure: getEnv().SITE_URL?.startsWith("https:") ?? false,
    },
  };
}

/** The message the cookie carried, when it is ours and fresh; null otherwise. */
function readFlash(value: string | null | undefined): Flash | null {
  const data = unseal("flash", value) as { tone?: unknown; text?: unknown; e?: unknown } | null;
  if (!data || typeof data.text !== "string" || typeof data.e !== "number") return null;
  if (data.e < Date.now() || (data.tone !== "done" && data.tone !== "error")) return null;
  return { tone: data.tone, text: data.text };
}

/** The message the proxy handed to this request (see lib/auth/proxy.ts), verified. */
export async function takeFlash(): Promise<Flash | null> {
  return readFlash((await headers()).get(FLASH_HEADER));
}
