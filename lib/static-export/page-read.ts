import type { Document, Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import { type Lang, isLang } from "@/lib/i18n/languages";
import { elementsOf, htmlUrls, parseHtml } from "@/lib/static-export/html-links";
import { removeScripts } from "@/lib/static-export/page";

/** What the mirror needs to know of one fetched page, besides its addresses. */
export type PageFacts = {
  lang: Lang;
  /** The page's address on the main site, as its canonical link gives it. */
  canonical: string | null;
  /** The heading, or the document's title. */
  title: string;
  /** The meta description. */
  excerpt: string;
  /** An article or background page (og:type article): what the mirror's search finds. */
  isArticle: boolean;
};

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

function find(document: Document, test: (element: Element) => boolean): Element | null {
  return DomUtils.findOne(test, document.children, true);
}

function metaContent(document: Document, attribute: "name" | "property", value: string) {
  return (
    find(document, (el) => el.name === "meta" && el.attribs[attribute] === value)?.attribs
      .content ?? null
  );
}

/** The language of the page (<html lang>), or the fallback when it names none of ours. */
function pageLanguage(document: Document, fallback: Lang): Lang {
  const lang = (find(document, (el) => el.name === "html")?.attribs.lang ?? "")
    .slice(0, 2)
    .toLowerCase();
  return isLang(lang) ? lang : fallback;
}

/** The page's canonical address as written (absolute), or null. */
export function canonicalOf(document: Document): string | null {
  const link = find(
    document,
    (el) => el.name === "link" && (el.attribs.rel ?? "").split(/\s+/).includes("canonical"),
  );
  return link?.attribs.href ?? null;
}

function readPageFacts(document: Document, fallbackLang: Lang): PageFacts {
  const heading = find(document, (el) => el.name === "h1");
  const title =
    collapse(heading ? DomUtils.textContent(heading) : "") ||
    metaContent(document, "property", "og:title") ||
    collapse(DomUtils.textContent(find(document, (el) => el.name === "title") ?? []));
  return {
    lang: pageLanguage(document, fallbackLang),
    canonical: canonicalOf(document),
    title,
    excerpt: collapse(metaContent(document, "name", "description") ?? ""),
    isArticle: metaContent(document, "property", "og:type") === "article",
  };
}

/**
 * The addresses a page refers to (see htmlUrls) and what the mirror needs to know of it. Scripts
 * and their preloads do not count (the mirror has none); of forms, only GET ones (the search).
 */
export function readPage(html: string, fallbackLang: Lang): { urls: string[]; facts: PageFacts } {
  const document = parseHtml(html);
  removeScripts(document.children);
  for (const form of elementsOf(document.children).filter((el) => el.name === "form")) {
    if ((form.attribs.method ?? "get").toLowerCase() !== "get") delete form.attribs.action;
  }
  return { urls: htmlUrls(document.children), facts: readPageFacts(document, fallbackLang) };
}
