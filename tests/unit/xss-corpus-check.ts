import { Parser } from "htmlparser2";

/**
 * What the comment form promises readers (its hint lists these), written out here rather than
 * taken from the sanitizer, so that widening the sanitizer's allowlist by mistake fails the corpus.
 * The sanitizer adds rel to links itself, and makes paragraphs and line breaks.
 */
const PROMISED: Record<string, string[]> = {
  a: ["href", "title", "rel"],
  abbr: ["title"],
  b: [],
  blockquote: ["cite"],
  cite: [],
  code: [],
  del: ["datetime"],
  em: [],
  i: [],
  q: ["cite"],
  strong: [],
  p: [],
  br: [],
};
const ALLOWED_TAGS = new Set(Object.keys(PROMISED));
const SAFE_SCHEME = /^(https?|mailto):/i;

/** http(s) and mailto, or a relative address on this site (no scheme: it cannot run script). */
function isSafeUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const compact = value.replace(/[\u0000-\u0020]/g, "");
  if (compact.startsWith("//") || compact.startsWith("\\")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || SAFE_SCHEME.test(compact);
}

/** What in a stored comment body could run script or escapes the allowlist (empty: safe). */
export function findUnsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}>`);
        const allowed = new Set(PROMISED[name] ?? []);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!allowed.has(attribute)) problems.push(`attribute ${attribute} on <${name}>`);
          if ((attribute === "href" || attribute === "cite") && !isSafeUrl(value)) {
            problems.push(`${attribute}="${value}"`);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}
