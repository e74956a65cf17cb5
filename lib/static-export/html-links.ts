import { type AnyNode, type ChildNode, Element, Text, isTag } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { parseSrcset, stringifySrcset } from "srcset";
import { type UrlRewrite, rewriteCss } from "@/lib/static-export/css";
import { rewriteJson } from "@/lib/static-export/json";

/** Attributes that hold one address, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  input: ["src"],
  form: ["action"],
  blockquote: ["cite"],
  q: ["cite"],
};

const SRCSET_ELEMENTS = new Set(["img", "source"]);

/** Elements that are only a link: without their address they go (a preload of a missing file). */
const DROPPED_WITHOUT_ADDRESS = new Set(["link"]);

const SERIALIZE = { encodeEntities: "utf8", decodeEntities: true, emptyAttrs: true } as const;

export function isElement(node: AnyNode): node is Element {
  return isTag(node);
}

/** Every element under the given nodes, in document order. */
export function elementsOf(nodes: AnyNode | AnyNode[]): Element[] {
  return DomUtils.findAll(() => true, Array.isArray(nodes) ? nodes : [nodes]);
}

/** A new element, for what the mirror adds to a page. */
export function el(name: string, attribs: Record<string, string>, children: ChildNode[] = []) {
  const element = new Element(name, attribs, children);
  for (const child of children) child.parent = element;
  return element;
}

export const text = (value: string) => new Text(value);

export function parseHtml(html: string) {
  return parseDocument(html, { decodeEntities: true });
}

export function serializeHtml(nodes: AnyNode | AnyNode[]): string {
  return DomUtils.getOuterHTML(nodes, SERIALIZE);
}

/**
 * A srcset with each candidate's address rewritten and its descriptor (480w, 2x) kept;
 * candidates whose file the mirror lacks are left out. Null when none is left.
 */
export function rewriteSrcset(value: string, rewrite: UrlRewrite): string | null {
  let candidates: ReturnType<typeof parseSrcset>;
  try {
    candidates = parseSrcset(value);
  } catch {
    return value;
  }
  const kept = candidates.flatMap((candidate) => {
    const next = rewrite(candidate.url);
    if (next === null) return [];
    return [{ ...candidate, url: next ?? candidate.url }];
  });
  return kept.length > 0 ? stringifySrcset(kept) : null;
}

function isJsonScript(element: Element): boolean {
  const type = (element.attribs.type ?? "").toLowerCase();
  return (
    element.name === "script" && (type === "application/ld+json" || type === "application/json")
  );
}

/** Rewrites the text of a <style> or a JSON data <script>. */
function rewriteRawText(element: Element, rewrite: (text: string) => string) {
  const text = DomUtils.textContent(element);
  const next = rewrite(text);
  if (next === text) return;
  const [first] = parseDocument(`<${element.name}>${next}</${element.name}>`).children;
  element.children = first && isElement(first) ? first.children : [];
  for (const child of element.children) child.parent = element;
}

/**
 * Passes every address under `nodes` through `rewrite`: the attributes that hold one, srcset
 * candidates, style attributes and <style> sheets, and addresses inside JSON-LD. What `rewrite`
 * calls not in the mirror (null) is unlinked: an <a> keeps its text without its href, a <link>
 * goes, an image loses its src.
 */
export function rewriteLinks(nodes: AnyNode | AnyNode[], rewrite: UrlRewrite): void {
  for (const element of elementsOf(nodes)) {
    const { attribs, name } = element;
    for (const attribute of URL_ATTRIBUTES[name] ?? []) {
      const value = attribs[attribute];
      if (value === undefined) continue;
      const next = rewrite(value);
      if (next === undefined) continue;
      if (next !== null) attribs[attribute] = next;
      else if (DROPPED_WITHOUT_ADDRESS.has(name)) DomUtils.removeElement(element);
      else delete attribs[attribute];
    }
    if (SRCSET_ELEMENTS.has(name) && attribs.srcset !== undefined) {
      const next = rewriteSrcset(attribs.srcset, rewrite);
      if (next === null) delete attribs.srcset;
      else attribs.srcset = next;
    }
    if (name === "link" && attribs.imagesrcset !== undefined) {
      const next = rewriteSrcset(attribs.imagesrcset, rewrite);
      if (next === null) delete attribs.imagesrcset;
      else attribs.imagesrcset = next;
    }
    if (attribs.style !== undefined) attribs.style = rewriteCss(attribs.style, rewrite);
    if (name === "style") rewriteRawText(element, (text) => rewriteCss(text, rewrite));
    if (isJsonScript(element)) {
      rewriteRawText(element, (text) => rewriteJson(text, rewrite, { inScript: true }));
    }
  }
}

/** Every address an HTML text refers to (links, images, srcsets, styles, JSON-LD), in order. */
export function htmlUrls(nodes: AnyNode | AnyNode[]): string[] {
  const urls: string[] = [];
  rewriteLinks(nodes, (url) => {
    urls.push(url);
    return undefined;
  });
  return urls;
}

/** A piece of HTML (a feed item's content) with its addresses rewritten. */
export function rewriteHtmlFragment(html: string, rewrite: UrlRewrite): string {
  const document = parseHtml(html);
  rewriteLinks(document.children, rewrite);
  return serializeHtml(document.children);
}
