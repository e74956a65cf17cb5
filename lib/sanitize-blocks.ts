import { type EmbedRef, embedPageUrl, isEmbedRef } from "@/lib/embeds/providers";

/**
 * The editor's blocks as the article sanitizer keeps them (lib/sanitize.ts runs `cleanBlocks`
 * after DOMPurify has applied the tag and attribute allowlist below):
 * - callout: `<div class="callout" role="note">` holding paragraphs, headings and lists;
 * - pull quote: `<blockquote class="pullquote">`;
 * - gallery: `<figure class="gallery">` of 2 to 6 `<figure class="image">`;
 * - footnote: `<sup class="footnote" data-source="https://…">note text</sup>`, in place;
 * - embed: `<figure class="embed" data-provider data-id><img><a href>title</a></figure>`, rebuilt
 *   from its provider, id, thumbnail (this site's) and title alone (never a frame: the public page makes the
 *   facade); a legacy `figure.video-embed` becomes one.
 * Tables and `<hr>` need nothing beyond the tags themselves.
 */
export const BLOCK_ATTRIBUTES: Record<string, readonly string[]> = {
  div: ["class", "role"],
  blockquote: ["cite", "class"],
  sup: ["class", "data-source"],
  figure: ["class", "data-provider", "data-id", "data-video-id"],
};

const GALLERY_MAX = 6;

const isWebLink = (value: string | null) => /^https?:\/\/[^\s/\\]/i.test(value ?? "");
const isLocalPath = (value: string | null) =>
  !!value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\");

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "").replace(/\s+/g, " ").trim();

function setClass(element: Element, allowed: string | null) {
  if (allowed && element.classList.contains(allowed)) element.setAttribute("class", allowed);
  else element.removeAttribute("class");
}

function cleanEmbed(figure: Element, ref: EmbedRef | null) {
  if (!ref) {
    figure.remove();
    return;
  }
  const doc = figure.ownerDocument;
  const clean = doc.createElement("figure");
  clean.setAttribute("class", "embed");
  clean.setAttribute("data-provider", ref.provider);
  clean.setAttribute("data-id", ref.id);
  const thumb = figure.querySelector("img");
  if (thumb && isLocalPath(thumb.getAttribute("src"))) {
    const img = doc.createElement("img");
    img.setAttribute("src", thumb.getAttribute("src")!);
    img.setAttribute("alt", "");
    clean.append(img);
  }
  const link = doc.createElement("a");
  const href = embedPageUrl(ref);
  link.setAttribute("href", href);
  link.textContent = text(figure.querySelector("a")) || href;
  clean.append(link);
  figure.replaceWith(clean);
}

function readRef(figure: Element, idAttribute: string): EmbedRef | null {
  const provider = figure.getAttribute("data-provider");
  const id = figure.getAttribute(idAttribute);
  return isEmbedRef(provider, id) ? { provider, id: id! } : null;
}

function cleanGallery(figure: Element) {
  const images = [...figure.children].filter(
    (child) => child.matches("figure.image") && child.querySelector("img"),
  );
  if (images.length === 0) {
    figure.remove();
    return;
  }
  // A gallery holds 2 to 6: one image left (the others refused) is kept as a plain image.
  if (images.length === 1) {
    figure.replaceWith(images[0]!);
    return;
  }
  figure.replaceChildren(...images.slice(0, GALLERY_MAX));
  figure.setAttribute("class", "gallery");
}

/** Figures (image, gallery, embed), callouts, pull quotes and footnotes, exactly as above. */
export function cleanBlocks(root: DocumentFragment) {
  for (const figure of root.querySelectorAll("figure")) {
    if (!root.contains(figure)) continue;
    const isEmbed = figure.classList.contains("embed");
    const isLegacyVideo = figure.classList.contains("video-embed");
    if (isEmbed || isLegacyVideo) {
      cleanEmbed(figure, readRef(figure, isEmbed ? "data-id" : "data-video-id"));
      continue;
    }
    for (const name of ["data-provider", "data-id", "data-video-id"]) figure.removeAttribute(name);
    if (figure.classList.contains("gallery") && !figure.parentElement?.closest("figure")) {
      cleanGallery(figure);
    } else setClass(figure, "image");
  }
  for (const div of root.querySelectorAll("div")) {
    if (div.classList.contains("callout") && !div.parentElement?.closest(".callout")) {
      div.setAttribute("class", "callout");
      div.setAttribute("role", "note");
    } else div.replaceWith(...div.childNodes);
  }
  for (const quote of root.querySelectorAll("blockquote")) setClass(quote, "pullquote");
  for (const sup of root.querySelectorAll("sup")) {
    if (!sup.classList.contains("footnote")) {
      sup.removeAttribute("class");
      sup.removeAttribute("data-source");
      continue;
    }
    const note = text(sup);
    if (!note) {
      sup.remove();
      continue;
    }
    sup.textContent = note;
    sup.setAttribute("class", "footnote");
    const source = sup.getAttribute("data-source");
    if (!isWebLink(source)) sup.removeAttribute("data-source");
  }
}
