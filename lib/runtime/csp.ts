import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** CSP source expressions ('sha256-…') for every inline script in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const content = match[1] ?? "";
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
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
