import { createHash } from "node:crypto";
// Relative: next.config.ts loads this file, without the "@/" alias.
import { FRAME_ORIGINS } from "../embeds/providers";
import { isReactInstructionScript } from "./react-instructions";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK = /\stype\s*=\s*["']?application\/(?:ld\+)?json/i;

const isJson = (text: string, check: (value: unknown) => boolean) => {
  try {
    return check(JSON.parse(text));
  } catch {
    return false;
  }
};

const TURBOPACK_PREFIX = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';

/**
 * The only inline scripts Next.js writes into a page, matched exactly: the start of its data
 * queue, a push of one JSON string of that data, and Turbopack's push of one JSON object. Each
 * variable part must parse as JSON, a literal in which no code can hide.
 */
export function isFrameworkScript(text: string): boolean {
  if (text === "(self.__next_f=self.__next_f||[]).push([0])") return true;
  const push = /^self\.__next_f\.push\((\[[123],"[\s\S]*"\])\)$/.exec(text);
  if (push) {
    return isJson(
      push[1]!,
      (value) => Array.isArray(value) && value.length === 2 && typeof value[1] === "string",
    );
  }
  if (text.startsWith(TURBOPACK_PREFIX) && text.endsWith(");")) {
    return isJson(
      text.slice(TURBOPACK_PREFIX.length, -2),
      (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    );
  }
  return false;
}

/**
 * CSP source expressions ('sha256-…') for the framework's inline scripts in an HTML document:
 * Next.js's data and React's streaming instructions (which reveal a Suspense boundary rendered
 * after the rest of the page). Any other inline script (one a bug let in) gets no hash, so the
 * browser refuses to run it. JSON data blocks are never run, so they need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes = "", content = ""] = match;
    if (DATA_BLOCK.test(attributes)) continue;
    if (!isFrameworkScript(content) && !isReactInstructionScript(content)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy for an HTML page: only this site, no framing, and scripts only from this site or
 * inline scripts whose exact text is hashed here (no 'unsafe-inline'). Styles may be inline.
 */
export function contentSecurityPolicy(
  scriptHashes: string[],
  { isDevelopment = false }: { isDevelopment?: boolean } = {},
): string {
  // The development server injects inline and eval'd scripts of its own.
  const scriptSources = isDevelopment ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes;
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    // Embed facades (public/embed-facade.js) load exactly these players, after a reader's click.
    `frame-src ${Object.values(FRAME_ORIGINS).join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
