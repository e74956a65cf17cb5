import { Parser } from "htmlparser2";

const BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "figcaption",
  "figure",
  "td",
  "th",
  "tr",
  "pre",
  "div",
]);
const HIDDEN = new Set(["script", "style", "template", "noscript"]);

/**
 * The text of some HTML, entities decoded: blocks and line breaks become spaces (or, with
 * `lines`, one block per line), script and style contents are dropped.
 */
export function htmlToText(html: string, { lines = false }: { lines?: boolean } = {}): string {
  const parts: string[] = [];
  const breakHere = () => parts.push(lines ? "\n" : " ");
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (name === "br") breakHere();
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) breakHere();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const text = parts.join("");
  if (!lines) return text.replace(/\s+/g, " ").trim();
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
