import { SaxesParser } from "saxes";

/** One element of a record, as a small tree: records are a few kilobytes, so this is cheap. */
export type XmlNode = {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
};

// Named HTML entities WordPress sometimes leaves in titles and term names; XML knows only five.
const HTML_ENTITIES: Record<string, string> = {
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
};

// Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F).
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes what XML forbids, returning the cleaned text and how many characters went. */
export function stripInvalidXmlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(XML_INVALID, () => {
    removed += 1;
    return "";
  });
  return { text: cleaned, removed };
}

/** Parses one record's XML; throws with saxes's message (line and column) when it is broken. */
export function parseXmlTree(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false, position: true });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const failures: Error[] = [];
  parser.on("error", (error) => {
    failures.push(error);
  });
  parser.on("opentag", (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]),
      ),
      text: "",
      children: [],
    };
    stack.at(-1)?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  const addText = (text: string) => {
    const node = stack.at(-1);
    if (node) node.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (failures[0]) throw failures[0];
  if (!root) throw new Error("no element");
  return root;
}

const child = (node: XmlNode, name: string): XmlNode | undefined =>
  node.children.find((each) => each.name === name);

export const childText = (node: XmlNode, name: string): string => child(node, name)?.text ?? "";

export const childrenNamed = (node: XmlNode, name: string): XmlNode[] =>
  node.children.filter((each) => each.name === name);

export function childNumber(node: XmlNode, name: string): number {
  const value = Number.parseInt(childText(node, name).trim(), 10);
  return Number.isFinite(value) ? value : 0;
}
