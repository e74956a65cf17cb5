import "server-only";
import { JSDOM } from "jsdom";
import {
  type EmbedProvider,
  type EmbedRef,
  embedFrameUrl,
  embedPageUrl,
  isEmbedRef,
  isVideoProvider,
} from "@/lib/embeds/providers";
import type { blockMessages } from "@/lib/i18n/messages/blocks";

type Labels = (typeof blockMessages)["en"];

/** The site a reader would be sent to or load from, as they know it. */
const SITE_NAMES: Record<EmbedProvider, string> = {
  youtube: "youtube.com",
  vimeo: "vimeo.com",
  x: "x.com",
  telegram: "t.me",
};

const MARKERS = /class="[^"]*\b(?:footnote|embed|video-embed)\b|<table/;

/** The facade's script (public/embed-facade.js), on pages whose body has an embed. */
export const EMBED_SCRIPT = "/embed-facade.js";

function element(doc: Document, tag: string, attributes: Record<string, string>, text?: string) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A stored embed (or an older video link) as a facade: a link that the script makes a player. */
function renderEmbed(figure: Element, ref: EmbedRef, t: Labels) {
  const doc = figure.ownerDocument;
  const site = SITE_NAMES[ref.provider];
  const isVideo = isVideoProvider(ref.provider);
  const title = figure.querySelector("a")?.textContent?.trim() || embedPageUrl(ref);
  const facade = element(doc, "figure", {
    class: "embed",
    "data-provider": ref.provider,
    "data-frame": embedFrameUrl(ref),
    "data-play": isVideo ? t.play(site) : t.showPost(site),
    "data-title": title,
  });
  const link = element(doc, "a", { class: "embed-facade", href: embedPageUrl(ref) });
  const thumbnail = figure.querySelector("img")?.getAttribute("src");
  if (thumbnail) {
    link.append(element(doc, "img", { src: thumbnail, alt: "", loading: "lazy" }));
  } else link.append(element(doc, "span", { class: "embed-blank", "aria-hidden": "true" }));
  link.append(element(doc, "span", { class: "embed-title" }, title));
  link.append(
    element(doc, "span", { class: "embed-action" }, isVideo ? t.watchOn(site) : t.readOn(site)),
  );
  facade.append(link);
  figure.replaceWith(facade);
}

/** Numbers notes in reading order and lists them, with their sources, after the text. */
function renderFootnotes(root: DocumentFragment, t: Labels) {
  const notes = [...root.querySelectorAll("sup.footnote")];
  if (notes.length === 0) return;
  const doc = notes[0]!.ownerDocument;
  const list = doc.createElement("ol");
  notes.forEach((note, index) => {
    const n = String(index + 1);
    const ref = element(doc, "sup", { class: "footnote-ref", id: `fnref-${n}` });
    ref.append(element(doc, "a", { href: `#fn-${n}`, "aria-label": t.noteRef(index + 1) }, n));
    const item = element(doc, "li", { id: `fn-${n}` }, `${note.textContent?.trim() ?? ""} `);
    const source = note.getAttribute("data-source");
    if (source && /^https?:\/\//i.test(source)) {
      const host = URL.canParse(source) ? new URL(source).hostname.replace(/^www\./, "") : source;
      item.append(`${t.source}: `);
      item.append(element(doc, "a", { href: source, rel: "noopener" }, host));
      item.append(" ");
    }
    item.append(
      element(
        doc,
        "a",
        { href: `#fnref-${n}`, class: "footnote-back", "aria-label": t.backToText(index + 1) },
        "↩",
      ),
    );
    list.append(item);
    note.replaceWith(ref);
  });
  const section = element(doc, "section", { class: "footnotes", "aria-labelledby": "fn-title" });
  section.append(element(doc, "h2", { id: "fn-title" }, t.notes), list);
  root.append(section);
}

/** Tables scroll sideways inside their own focusable box instead of widening a phone's page. */
function wrapTables(root: DocumentFragment, t: Labels) {
  for (const table of root.querySelectorAll("table")) {
    if (table.parentElement?.classList.contains("table-scroll")) continue;
    const caption = table.querySelector("caption")?.textContent?.trim();
    const box = element(table.ownerDocument, "div", {
      class: "table-scroll",
      role: "region",
      tabindex: "0",
      "aria-label": caption || t.table,
    });
    table.replaceWith(box);
    box.append(table);
    for (const th of table.querySelectorAll("tr:first-child > th:not([scope])")) {
      th.setAttribute("scope", "col");
    }
  }
}

/**
 * A sanitized article body as readers get it: footnotes numbered with their list at the end,
 * tables in a scrolling box, embeds as facades (`hasEmbeds`: the page adds EMBED_SCRIPT).
 * Everything it adds is built from validated parts, never from stored markup.
 */
export function renderArticleBody(html: string, t: Labels): { html: string; hasEmbeds: boolean } {
  if (!MARKERS.test(html)) return { html, hasEmbeds: false };
  const root = JSDOM.fragment(html);
  let hasEmbeds = false;
  for (const figure of root.querySelectorAll("figure.embed, figure.video-embed")) {
    const provider = figure.getAttribute("data-provider");
    const id = figure.getAttribute(figure.matches(".embed") ? "data-id" : "data-video-id");
    if (!isEmbedRef(provider, id)) {
      figure.remove();
      continue;
    }
    renderEmbed(figure, { provider, id: id! }, t);
    hasEmbeds = true;
  }
  renderFootnotes(root, t);
  wrapTables(root, t);
  const container = JSDOM.fragment("<div></div>").firstElementChild!;
  container.append(root);
  return { html: container.innerHTML, hasEmbeds };
}
