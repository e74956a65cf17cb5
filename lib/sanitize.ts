import createDOMPurify, { type Config, type DOMPurify } from "dompurify";
import { JSDOM } from "jsdom";
import { ACTION_ATTRIBUTES, actionAttributes, parseActionAttributes } from "@/lib/actions/box";
import { BLOCK_ATTRIBUTES, cleanBlocks } from "@/lib/sanitize-blocks";

/** A tag and the attributes it may keep. */
type Allowlist = Record<string, readonly string[]>;

const ARTICLE_TAGS: Allowlist = {
  p: [],
  br: [],
  h2: [],
  h3: [],
  h4: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  del: [],
  sub: [],
  sup: BLOCK_ATTRIBUTES.sup!,
  a: ["href", "title", "rel"],
  ul: [],
  ol: ["start"],
  li: [],
  blockquote: BLOCK_ATTRIBUTES.blockquote!,
  cite: [],
  q: ["cite"],
  code: [],
  pre: [],
  hr: [],
  div: BLOCK_ATTRIBUTES.div!,
  figure: BLOCK_ATTRIBUTES.figure!,
  figcaption: [],
  img: ["src", "alt", "width", "height", "srcset", "sizes", "title"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["colspan", "rowspan", "scope"],
  td: ["colspan", "rowspan"],
  caption: [],
  aside: ACTION_ATTRIBUTES,
};

/** The tags and attributes readers may use in comments (what the form promises). */
const COMMENT_ALLOWED_TAGS: Allowlist = {
  a: ["href", "title"],
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
};

/** Older spellings readers still type, kept as their current equivalents. */
const COMMENT_RENAMED: Record<string, string> = { acronym: "abbr", strike: "del" };

const COMMENT_TAGS: Allowlist = {
  ...COMMENT_ALLOWED_TAGS,
  a: ["href", "title", "rel"],
  acronym: ["title"],
  strike: [],
  p: [],
  br: [],
};

/** How the allowed tags are shown under the comment form. */
export const COMMENT_ALLOWED_TAGS_HINT = Object.entries(COMMENT_ALLOWED_TAGS)
  .map(([tag, attributes]) => `<${[tag, ...attributes.map((a) => `${a}=""`)].join(" ")}>`)
  .join(" ");

// Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
const compact = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, "");
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** http(s), mailto, or an address on this site (no scheme, not protocol-relative). */
function isSafeUrl(value: string): boolean {
  const url = compact(value);
  if (url.startsWith("//") || url.startsWith("\\") || url.startsWith("/\\")) return false;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

const isAbsoluteLink = (value: string) => /^(https?:\/\/|mailto:)/i.test(compact(value));

/** Image sources must be this site's own paths, so no public page loads anything from elsewhere. */
const isLocalPath = (value: string | null) => {
  const url = compact(value ?? "");
  return url.startsWith("/") && !url.startsWith("//") && !url.includes("\\");
};

// DOMPurify's own check for attribute values, narrowed to the schemes above. Our hook decides
// the exact rule for each URL attribute first; this stays as a second line of defence.
const URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const URL_ATTRIBUTES = new Set(["href", "cite", "src", "data-href", "data-source"]);

let window: JSDOM["window"] | undefined;
const getWindow = () => (window ??= new JSDOM("<!doctype html><body></body>").window);

type Policy = {
  tags: Allowlist;
  finish: (root: DocumentFragment) => void;
  /** Text attributes DOMPurify should not read as addresses ("Vigil: day one"); checked by finish. */
  textAttributes?: string[];
};

function createPurifier(policy: Policy): (html: string) => string {
  let purifier: DOMPurify | undefined;
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    // "body" is DOMPurify's own wrapper, never in the result (fragment mode). Left off the list,
    // DOMPurify removes it on every call, and jsdom kept every removed body: about 1 MB a call,
    // which a WordPress import of thousands of posts ran out of memory on.
    ALLOWED_TAGS: [...Object.keys(policy.tags), "body"],
    ALLOWED_ATTR: [...new Set(Object.values(policy.tags).flat())],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: URI_REGEXP,
    ADD_URI_SAFE_ATTR: policy.textAttributes ?? [],
    RETURN_DOM_FRAGMENT: true,
  };
  return (html) => {
    if (!purifier) {
      purifier = createDOMPurify(getWindow());
      purifier.addHook("uponSanitizeAttribute", (node, event) => {
        const tag = node.nodeName.toLowerCase();
        const name = event.attrName;
        if (!policy.tags[tag]?.includes(name)) event.keepAttr = false;
        else if (URL_ATTRIBUTES.has(name) && !isSafeUrl(event.attrValue)) event.keepAttr = false;
      });
    }
    // Adopted into the one long-lived document: querying nodes of the document DOMPurify makes
    // for each call kept a little of every such document alive (jsdom's selector engine).
    const fragment = getWindow().document.adoptNode(purifier.sanitize(html, config));
    policy.finish(fragment);
    const container = getWindow().document.createElement("div");
    container.append(fragment);
    return container.innerHTML;
  };
}

function elements(root: DocumentFragment, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

/**
 * Action boxes (lib/actions/box.ts): an aside with a valid kind and fields keeps exactly those,
 * empty, at the top level of the body (where the public page splits it out); one with an unknown
 * kind or a bad field is dropped; a plain aside is unwrapped, its text kept as before.
 */
function keepActionBoxes(root: DocumentFragment) {
  // Where the next box moved out of a block goes: after the block, or after the last one moved.
  const movedAfter = new Map<Node, ChildNode>();
  for (const aside of elements(root, "aside")) {
    if (!aside.hasAttribute("data-action")) {
      aside.replaceWith(...aside.childNodes);
      continue;
    }
    const box = parseActionAttributes(
      Object.fromEntries([...aside.attributes].map((a) => [a.name, a.value])),
    );
    if (!box) {
      aside.remove();
      continue;
    }
    const clean = aside.ownerDocument.createElement("aside");
    for (const [name, value] of Object.entries(actionAttributes(box))) {
      clean.setAttribute(name, value);
    }
    let top: Node = aside;
    while (top.parentNode && top.parentNode !== root) top = top.parentNode;
    if (top === aside) aside.replaceWith(clean);
    else {
      (movedAfter.get(top) ?? (top as ChildNode)).after(clean);
      movedAfter.set(top, clean);
      aside.remove();
    }
  }
}

const purifyArticle = createPurifier({
  tags: ARTICLE_TAGS,
  textAttributes: ACTION_ATTRIBUTES.filter((name) => name !== "data-href"),
  finish(root) {
    keepActionBoxes(root);
    for (const img of elements(root, "img")) {
      if (!isLocalPath(img.getAttribute("src"))) {
        img.remove();
        continue;
      }
      const srcset = (img.getAttribute("srcset") ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter((part) => isLocalPath(part.split(/\s+/)[0] ?? ""))
        .join(", ");
      if (srcset) img.setAttribute("srcset", srcset);
      else img.removeAttribute("srcset");
    }
    cleanBlocks(root);
    for (const link of elements(root, "a[href]")) {
      if (/^https?:/i.test(compact(link.getAttribute("href") ?? ""))) {
        link.setAttribute("rel", "noopener");
      }
    }
  },
});

const purifyComment = createPurifier({
  tags: COMMENT_TAGS,
  finish(root) {
    for (const [from, to] of Object.entries(COMMENT_RENAMED)) {
      for (const old of elements(root, from)) {
        const replacement = old.ownerDocument.createElement(to);
        const title = old.getAttribute("title");
        if (title !== null && COMMENT_ALLOWED_TAGS[to]?.includes("title")) {
          replacement.setAttribute("title", title);
        }
        replacement.append(...old.childNodes);
        old.replaceWith(replacement);
      }
    }
    // Only absolute http(s) and mailto links: a relative href in a comment points nowhere useful.
    for (const link of elements(root, "a")) {
      const href = link.getAttribute("href");
      if (href !== null && !isAbsoluteLink(href)) link.removeAttribute("href");
      link.setAttribute("rel", "nofollow ugc noopener");
    }
  },
});

/**
 * Cleans article HTML written by staff on save: an allowlist of tags and attributes, links only to
 * http(s), mailto or this site, images only from this site. Nothing in the result can run script.
 */
export function sanitizeArticleHtml(html: string): string {
  return purifyArticle(html);
}

/**
 * Turns a reader's comment into safe HTML: blank lines make paragraphs, single line breaks make
 * <br>, then everything outside the allowlist is removed.
 */
export function sanitizeCommentHtml(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").trim();
  const paragraphs = normalized
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${block.replace(/\n/g, "<br>")}</p>`)
    .join("");
  return purifyComment(paragraphs).replace(/<p>\s*<\/p>/g, "");
}
