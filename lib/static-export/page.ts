import type { AnyNode, Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import type { Lang } from "@/lib/i18n/languages";
import { staticMirrorMessages } from "@/lib/i18n/messages/static-mirror";
import type { UrlRewrite } from "@/lib/static-export/css";
import {
  el,
  elementsOf,
  isElement,
  parseHtml,
  rewriteLinks,
  serializeHtml,
  text,
} from "@/lib/static-export/html-links";
import { type SearchPageLinks, searchPageNodes } from "@/lib/static-export/search-page";

/** Where readers comment and sign instead: the main site's page, and the onion site's, if any. */
type MainSiteLinks = {
  /** This page on the main site (its canonical address). */
  mainUrl: string;
  /** This page on the onion site, or null when the site has none. */
  onionUrl: string | null;
};

export type PageContext = MainSiteLinks & {
  lang: Lang;
  rewrite: UrlRewrite;
  /** Given on a language's search page: what its search needs. */
  search?: SearchPageLinks;
};

type NoteKind = "comments" | "petition" | "form";

const LINK_CLASS = "text-accent font-semibold underline";

/**
 * The note that stands where a form was: what the reader can do, with a link to this page on
 * the main site (the mirror's one absolute link) and on the onion site when there is one.
 */
function formNote(kind: NoteKind, lang: Lang, links: MainSiteLinks): Element {
  const m = staticMirrorMessages[lang];
  const label = { comments: m.commentsLink, petition: m.petitionLink, form: m.formLink }[kind];
  const target = kind === "comments" ? `${links.mainUrl}#respond` : links.mainUrl;
  const lines = [
    el("p", {}, [text(m[kind])]),
    el("p", { class: "mt-2" }, [el("a", { href: target, class: LINK_CLASS }, [text(label)])]),
  ];
  if (links.onionUrl) {
    lines.push(
      el("p", { class: "mt-2 break-all" }, [
        text(`${m.onion} `),
        el("a", { href: links.onionUrl, class: LINK_CLASS }, [text(links.onionUrl)]),
      ]),
    );
  }
  return el(
    "div",
    { class: "border-line mt-4 rounded border bg-white p-4", "data-mirror-note": kind },
    lines,
  );
}

function hasRel(element: Element, rel: string): boolean {
  return (element.attribs.rel ?? "").toLowerCase().split(/\s+/).includes(rel);
}

/** A script the mirror keeps: a data block, which nothing runs. */
function isDataScript(element: Element): boolean {
  const type = (element.attribs.type ?? "").toLowerCase();
  return type === "application/ld+json" || type === "application/json";
}

/**
 * Takes out everything that would run: scripts, their preloads, handlers, javascript: links, and
 * the buttons only a script gives a use (copy, share, print: type="button").
 */
export function removeScripts(nodes: AnyNode[]): void {
  for (const element of elementsOf(nodes)) {
    const { name, attribs } = element;
    const isScriptPreload =
      name === "link" &&
      (hasRel(element, "modulepreload") ||
        (hasRel(element, "preload") && (attribs.as ?? "").toLowerCase() === "script"));
    const isScriptButton = name === "button" && (attribs.type ?? "").toLowerCase() === "button";
    if (
      (name === "script" && !isDataScript(element)) ||
      isScriptPreload ||
      isScriptButton ||
      name === "base"
    ) {
      DomUtils.removeElement(element);
      continue;
    }
    for (const attribute of Object.keys(attribs)) {
      const value = attribs[attribute] ?? "";
      if (/^on/i.test(attribute) || /^\s*javascript:/i.test(value)) delete attribs[attribute];
    }
    // Without scripts, what a page shows readers without JavaScript is what everyone gets.
    if (name === "noscript") {
      for (const child of [...element.children]) DomUtils.prepend(element, child);
      DomUtils.removeElement(element);
    }
  }
}

function closest(element: Element, test: (node: Element) => boolean): Element | null {
  for (let node = element.parent; node; node = node.parent) {
    if (isElement(node) && test(node)) return node;
  }
  return null;
}

/** The site search: a GET form asking for words (q). A filter (role=search too) is not one. */
function isSearchForm(form: Element): boolean {
  return (
    (form.attribs.method ?? "get").toLowerCase() === "get" &&
    elementsOf(form.children).some((el) => el.name === "input" && el.attribs.name === "q")
  );
}

function noteKindFor(form: Element): NoteKind {
  if (
    closest(
      form,
      (node) => "data-comments-section" in node.attribs || node.attribs.id === "comments",
    )
  )
    return "comments";
  if (closest(form, (node) => "data-petition" in node.attribs)) return "petition";
  return "form";
}

/**
 * Forms become what a copy can offer: the search stays (it goes to the mirror's search page),
 * a form that sends something (a comment, a signature) becomes a note saying where to send it,
 * and a filter the server would answer (the people list's) goes.
 */
function replaceForms(nodes: AnyNode[], context: PageContext): void {
  for (const form of elementsOf(nodes).filter((el) => el.name === "form")) {
    if (isSearchForm(form)) continue;
    if ((form.attribs.method ?? "get").toLowerCase() === "get") DomUtils.removeElement(form);
    else DomUtils.replaceElement(form, formNote(noteKindFor(form), context.lang, context));
  }
  for (const element of elementsOf(nodes)) {
    const { attribs } = element;
    if ("data-comments-enhancer" in attribs) {
      DomUtils.replaceElement(element, formNote("comments", context.lang, context));
    } else if ("data-sign-link" in attribs) {
      DomUtils.replaceElement(element, formNote("petition", context.lang, context));
    } else if ("data-moderation-note" in attribs) {
      DomUtils.removeElement(element);
    } else if ("data-reply-to" in attribs) {
      const holder = element.parent;
      DomUtils.removeElement(element);
      if (holder && isElement(holder) && DomUtils.textContent(holder).trim() === "") {
        DomUtils.removeElement(holder);
      }
    }
  }
}

/**
 * One page of the mirror: no script but data blocks, every address of the site relative, forms
 * replaced by notes, and on a search page the mirror's own search.
 */
export function transformPage(html: string, context: PageContext): string {
  const document = parseHtml(html);
  removeScripts(document.children);
  rewriteLinks(document.children, context.rewrite);
  // After the rewrite: the notes' links go to the main site, and stay absolute.
  replaceForms(document.children, context);
  if (context.search) {
    const main = DomUtils.findOne((node) => node.name === "main", document.children, true);
    const form = main && elementsOf(main).find((node) => node.name === "form");
    const { inline, script } = searchPageNodes(context.search, context.lang);
    if (form) for (const node of inline.reverse()) DomUtils.append(form, node);
    else if (main) for (const node of inline) DomUtils.appendChild(main, node);
    const body = DomUtils.findOne((node) => node.name === "body", document.children, true);
    if (body) DomUtils.appendChild(body, script);
  }
  return serializeHtml(document.children);
}
