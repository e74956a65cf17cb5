import { hasSessionCookie } from "./cache-policy";
import { isFrameworkScript } from "./csp";

/**
 * Light public pages: what a reader without a session receives carries none of the framework's
 * JavaScript (React, the Next.js router and the page's serialized data, about 180 KB gzipped on
 * an article), only the HTML, the styles and the few small scripts of public/enhance/ that the
 * page itself asks for. Next.js still renders and caches every page as before; the front removes
 * the framework's scripts from the HTML on the way out.
 *
 * Signed-in readers (staff, confirmed commenters) and the pages that are applications (the staff
 * area, sign-in and its invitation, reset and end-session pages, the badge maker, shared
 * previews) keep React.
 */

const KEEPS_FRAMEWORK = [
  /^\/admin(?:[/?]|$)/,
  /^\/login(?:[/?]|$)/,
  /^\/(?:invite|reset|session)\//,
  /^\/api\//,
  /^\/_next\//,
  /^(?:\/[a-z]{2})?\/badge(?:[/?]|$)/,
  /^(?:\/[a-z]{2})?\/preview\//,
];

/** Whether the HTML answer to this request is sent light. */
export function isLightRequest(path: string, cookie: string | undefined): boolean {
  if (KEEPS_FRAMEWORK.some((pattern) => pattern.test(path))) return false;
  return !hasSessionCookie(cookie);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const FRAMEWORK_SRC = /\ssrc=["']?\/_next\//i;
const LINK = /<link\b[^>]*>/gi;
const isScriptPreload = (tag: string) =>
  /\brel=["']?modulepreload\b/i.test(tag) ||
  (/\brel=["']?preload\b/i.test(tag) && /\bas=["']?script\b/i.test(tag));

/**
 * The page without the framework: its script files, their preloads, and its inline scripts
 * (recognised exactly, as the Content-Security-Policy recognises them). Data blocks (JSON-LD),
 * scripts of public/enhance and anything else stay where they are.
 */
export function lightenHtml(html: string): string {
  const withoutScripts = html.replace(SCRIPT, (whole, attributes: string, content: string) => {
    if (FRAMEWORK_SRC.test(attributes)) return "";
    if (!/\ssrc=/i.test(attributes) && isFrameworkScript(content)) return "";
    return whole;
  });
  return withoutScripts
    .replace(LINK, (tag) => (isScriptPreload(tag) ? "" : tag))
    .replace(/<html\b/i, '<html data-light=""');
}

/** A light page's ETag differs from the full page's: caches must never take one for the other. */
export function markLightEtag(etag: string | string[] | number | undefined): string | undefined {
  if (typeof etag !== "string" || !etag.endsWith('"')) return undefined;
  return `${etag.slice(0, -1)}-light"`;
}

/** If-None-Match as Next.js knows its ETags: without the light mark the front added. */
export function unmarkLightEtags(value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  return value.replaceAll('-light"', '"');
}
