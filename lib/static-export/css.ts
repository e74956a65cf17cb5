import postcss from "postcss";
import valueParser from "postcss-value-parser";

/**
 * What a URL in the mirror becomes: a new (relative) address, null for an address of the site
 * that is not in the mirror, or undefined to leave it as it is (another site, data:).
 */
export type UrlRewrite = (url: string) => string | null | undefined;

/** Stands for a file the mirror lacks: a URL that loads nothing, from nowhere. */
const NOTHING = "data:,";

const IMAGE_SETS = new Set(["image-set", "-webkit-image-set"]);

/** Calls `rewrite` on each URL of a CSS value (url(), image-set() strings); the new value. */
function rewriteValue(value: string, rewrite: UrlRewrite): string {
  if (!/url\(|image-set\(/i.test(value)) return value;
  const parsed = valueParser(value);
  let changed = false;
  const replace = (node: valueParser.Node) => {
    const next = rewrite(node.value);
    if (next === undefined || next === node.value) return;
    node.value = next ?? NOTHING;
    changed = true;
  };
  parsed.walk((node) => {
    if (node.type !== "function") return;
    const name = node.value.toLowerCase();
    if (name === "url") {
      const inner = node.nodes.find((child) => child.type !== "space" && child.type !== "comment");
      if (inner && (inner.type === "word" || inner.type === "string")) replace(inner);
      // Nothing inside url() is a value of its own.
      return false;
    }
    if (IMAGE_SETS.has(name)) {
      for (const child of node.nodes) if (child.type === "string") replace(child);
    }
  });
  return changed ? valueParser.stringify(parsed.nodes) : value;
}

/** The URL an @import names: a string or url(). */
function rewriteImport(params: string, rewrite: UrlRewrite): string {
  const parsed = valueParser(params);
  const first = parsed.nodes.find((node) => node.type !== "space" && node.type !== "comment");
  if (first?.type !== "string") return rewriteValue(params, rewrite);
  const next = rewrite(first.value);
  if (next === undefined) return params;
  first.value = next ?? NOTHING;
  return valueParser.stringify(parsed.nodes);
}

/**
 * A style sheet (or a style attribute's declarations) with every url(), image-set() and @import
 * address passed through `rewrite`; comments and formatting are kept. CSS that cannot be parsed
 * is returned as it is.
 */
export function rewriteCss(css: string, rewrite: UrlRewrite): string {
  if (!/url\(|image-set\(|@import/i.test(css)) return css;
  let root: postcss.Root;
  try {
    root = postcss.parse(css);
  } catch {
    return css;
  }
  root.walkDecls((decl) => {
    decl.value = rewriteValue(decl.value, rewrite);
  });
  root.walkAtRules((rule) => {
    if (rule.name.toLowerCase() === "import") rule.params = rewriteImport(rule.params, rewrite);
  });
  return root.toString();
}

/** Every address a style sheet refers to, in order. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  rewriteCss(css, (url) => {
    urls.push(url);
    return undefined;
  });
  return urls;
}
