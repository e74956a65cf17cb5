import { Parser } from "htmlparser2";
import { type ActionBox, parseActionAttributes } from "@/lib/actions/box";

export type BodyPart = { type: "html"; html: string } | { type: "box"; box: ActionBox };

/**
 * A sanitized article body cut at its top-level action boxes: the HTML between them (as it
 * was, byte for byte) and each box's fields. A box whose fields no longer validate is left out;
 * one nested in a block (the sanitizer moves them out) stays part of that block's HTML, where
 * the reader's browser shows an empty element.
 */
export function splitBody(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let depth = 0;
  let open: { start: number; box: ActionBox | null; depth: number } | null = null;
  let from = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!open && depth === 0 && name === "aside" && "data-action" in attributes) {
          open = { start: parser.startIndex, box: parseActionAttributes(attributes), depth };
        }
        depth += 1;
      },
      onclosetag() {
        depth -= 1;
        if (open && depth === open.depth) {
          const chunk = html.slice(from, open.start);
          if (chunk.trim()) parts.push({ type: "html", html: chunk });
          if (open.box) parts.push({ type: "box", box: open.box });
          from = parser.endIndex + 1;
          open = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const rest = html.slice(from);
  if (rest.trim()) parts.push({ type: "html", html: rest });
  return parts;
}
