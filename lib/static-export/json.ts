import type { UrlRewrite } from "@/lib/static-export/css";

/** Keys whose root-relative value ("/icons/x.png") is an address, in a web app manifest. */
const PATH_KEYS = new Set(["src", "start_url", "scope", "url", "href"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Walks parsed JSON and passes every string that is an absolute http(s) address, and every
 * root-relative one under an address key, through `rewrite`; the rewritten copy. A string for a
 * file the mirror lacks (null) stays as it was: it is data, not something a browser loads.
 */
function rewriteValue(value: Json, rewrite: UrlRewrite, key: string | null): Json {
  if (typeof value === "string") {
    const isAddress =
      /^https?:\/\//i.test(value) ||
      (key !== null && PATH_KEYS.has(key) && value.startsWith("/") && !value.startsWith("//"));
    return isAddress ? (rewrite(value) ?? value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => rewriteValue(item, rewrite, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, rewriteValue(item, rewrite, name)]),
    );
  }
  return value;
}

/** Keeps a JSON text inside <script> from ending it ("</script>") or opening a comment. */
function escapeForScript(text: string): string {
  return text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/**
 * A JSON document (a feed of people, a manifest, a JSON-LD block) with its addresses rewritten,
 * laid out as it came (indented or not); text that is not JSON is returned unchanged.
 */
export function rewriteJson(
  text: string,
  rewrite: UrlRewrite,
  { inScript = false }: { inScript?: boolean } = {},
): string {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch {
    return text;
  }
  const indent = /^\s*[[{]\s*\n(\s+)/.exec(text)?.[1]?.length ?? 0;
  const out = JSON.stringify(rewriteValue(parsed, rewrite, null), null, indent || undefined);
  const trailing = /\n$/.test(text) ? "\n" : "";
  return (inScript ? escapeForScript(out) : out) + trailing;
}

/** Every absolute address (and root-relative one under an address key) in a JSON text. */
export function jsonUrls(text: string): string[] {
  const urls: string[] = [];
  rewriteJson(text, (url) => {
    urls.push(url);
    return undefined;
  });
  return urls;
}
