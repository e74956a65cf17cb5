import { autop } from "@wordpress/autop";
import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import {
  type BodyImage,
  absoluteUrl,
  escapeAttribute,
  escapeText,
  galleryHtml,
  imageFigure,
  imageTag,
  isOldImageUrl,
  isUploadFileLink,
  mediaImage,
} from "@/lib/import/wordpress/images";
import {
  type BodyFindings,
  convertShortcodes,
  embedHtml,
  forgetShortcodeAttributes,
  linkHtml,
} from "@/lib/import/wordpress/shortcodes";

export type BodyMedia = {
  id: string;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
};

export type BodyContext = {
  /** The old site's address, e.g. "http://old-campaign.example". */
  siteUrl: string;
  /** The imported image for an attachment id (from wp-image-N classes, [caption id="attachment_N"], [gallery ids]). */
  mediaById(wpId: number): BodyMedia | null;
  /** The imported image for an old file URL; size variants (photo-300x200.jpg, photo-scaled.jpg) are the original's. */
  mediaByUrl(url: string): BodyMedia | null;
};

export type BodyResult = {
  /** NOT yet sanitized: the importer runs lib/sanitize.ts sanitizeArticleHtml on it. */
  html: string;
  /** Name → times seen, left as text. */
  unknownShortcodes: Record<string, number>;
  /** Old image URLs with no imported media (they keep their old URL). */
  missingImages: string[];
};

type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];
type Pass = { context: BodyContext; findings: BodyFindings };

// The block editor's delimiters (WP_Block_Parser): "<!-- wp:name {json} -->", "<!-- /wp:name -->",
// "<!-- wp:name /-->". Serialized attributes never hold "--", so the lazy match is safe.
const BLOCK_COMMENT =
  /<!--\s+\/?wp:[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?\s+(?:\{[^]*?\}\s+)?\/?-->/g;
// Markers WordPress reads and never shows: the teaser cut and page breaks.
const MARKER_COMMENT = /<!--\s*(?:more\b[^]*?|noteaser|nextpage)\s*-->/g;
// WP_Embed::autoembed: an address alone on its line becomes an embed.
const URL_LINE = /^[ \t]*((?:https?:)?\/\/[^\s<>"]+)[ \t]*$/gim;
const BARE_URL = /^\s*(https?:\/\/[^\s<>"]+)\s*$/i;

const VOID = new Set("area br col embed hr img input source track wbr".split(" "));
const LIFTED_FROM = /^(?:p|h[1-6])$/;

const classes = (element: Element) => ` ${element.attribs.class ?? ""} `.replace(/\s+/g, " ");
const hasClass = (element: Element, name: string) => classes(element).includes(` ${name} `);
const isTag = (node: { type: string } | null | undefined): node is Element =>
  !!node && "attribs" in node;
const children = (element: Element): ChildNode[] => element.children;
const isBlank = (html: string) => !html.replace(/<br\s*\/?>|&nbsp;|\u00a0|\s/gi, "");

function attributesHtml(element: Element): string {
  return Object.entries(element.attribs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

/** The CMS's <img> for one of the body's: the imported media when found, else the old address. */
function resolveImage(img: Element, { context, findings }: Pass): string {
  const { attribs } = img;
  // Lazy-loading plugins keep the real address aside and a placeholder in src.
  const src = (attribs["data-lazy-src"] ?? attribs["data-src"] ?? attribs.src ?? "").trim();
  const id =
    /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(attribs.class ?? "")?.[1] ??
    attribs["data-attachment-id"] ??
    attribs["data-id"];
  const isOld = !!src && !src.startsWith("data:") && isOldImageUrl(src);
  const media =
    (id ? context.mediaById(Number(id)) : null) ??
    (isOld ? context.mediaByUrl(absoluteUrl(src, context.siteUrl)) : null);
  if (media) return mediaImage(media, attribs.alt ?? "").img;
  if (isOld) findings.missing.add(absoluteUrl(src, context.siteUrl));
  return imageTag(src, attribs.alt ?? "", attribs.width, attribs.height);
}

/** The link around an image, unless it is WordPress's "link to media file" (dropped). */
function imageLink(img: Element, { context }: Pass): string | undefined {
  const link = img.parent;
  if (!isTag(link) || link.name !== "a") return undefined;
  const href = (link.attribs.href ?? "").trim();
  if (!href || isUploadFileLink(href)) return undefined;
  return context.mediaByUrl(absoluteUrl(href, context.siteUrl)) ? undefined : href;
}

const findImages = (element: Element) =>
  DomUtils.findAll((node) => node.name === "img", children(element));

/** The one image a link holds and nothing else (but spaces), or null. */
function soleImage(link: Element): Element | null {
  const tags = children(link).filter(isTag);
  const hasText = children(link).some(
    (child) => !isTag(child) && DomUtils.textContent(child).trim(),
  );
  return tags.length === 1 && tags[0]!.name === "img" && !hasText ? tags[0]! : null;
}

/** An image (in its link, if any), or a player frame a provider is known for: a block of its own. */
function standaloneBlock(element: Element, pass: Pass): string | null {
  if (element.name === "iframe") return embedHtml(element.attribs.src ?? "");
  const img = element.name === "img" ? element : element.name === "a" ? soleImage(element) : null;
  if (!img) return null;
  return imageFigure({ img: resolveImage(img, pass), caption: "" }, imageLink(img, pass));
}

function renderFigure(figure: Element, pass: Pass): string {
  const caption = children(figure).find((child) => isTag(child) && child.name === "figcaption");
  const captionHtml = isTag(caption) ? render(children(caption), pass, null).trim() : "";
  const after = captionHtml ? `<p>${captionHtml}</p>` : "";
  if (hasClass(figure, "embed")) return renderPlain(figure, pass, null);
  if (hasClass(figure, "wp-block-embed")) {
    const url = DomUtils.textContent(children(figure).filter((child) => child !== caption)).trim();
    return (embedHtml(url) ?? `<p>${linkHtml(url)}</p>`) + after;
  }
  const images = findImages(figure);
  if (images.length === 0) {
    // A table, quote or video block: its content stays, the figure goes.
    return (
      render(
        children(figure).filter((child) => child !== caption),
        pass,
        null,
      ) + after
    );
  }
  if (images.length === 1 && !hasClass(figure, "wp-block-gallery")) {
    const img = images[0]!;
    return imageFigure(
      { img: resolveImage(img, pass), caption: captionHtml },
      imageLink(img, pass),
    );
  }
  // A gallery block: each image in its own figure (newer) or list item (older), captioned there.
  const items: BodyImage[] = images.map((img) => {
    let holder: Element | null = img.parent as Element | null;
    while (holder && holder !== figure && holder.name !== "figure" && holder.name !== "li") {
      holder = holder.parent as Element | null;
    }
    const own =
      holder && holder !== figure
        ? DomUtils.findOne((node) => node.name === "figcaption", children(holder))
        : null;
    return { img: resolveImage(img, pass), caption: own ? render(children(own), pass, null) : "" };
  });
  return galleryHtml(items) + after;
}

function neighbour(node: ChildNode, side: "prev" | "next"): ChildNode | null {
  let next = node[side];
  while (next && !isTag(next) && !DomUtils.textContent(next).trim()) next = next[side];
  return next;
}

/** Whether a node starts or ends its line: next to the paragraph's edge, a <br> or another block. */
function isAtLineEdge(node: ChildNode): boolean {
  return [neighbour(node, "prev"), neighbour(node, "next")].some(
    (next) => !next || (isTag(next) && ["br", "img", "iframe"].includes(next.name)),
  );
}

/**
 * A paragraph or heading, cut where a block (image, embed) stood on a line of its own; a block in
 * the middle of a sentence goes before the paragraph instead, so the sentence stays whole.
 */
function renderLiftingBlocks(element: Element, pass: Pass): string {
  const text = DomUtils.textContent(element);
  if (element.name === "p" && children(element).every((child) => !isTag(child))) {
    const url = BARE_URL.exec(text)?.[1];
    if (url) return embedHtml(url) ?? `<p>${linkHtml(url)}</p>`;
  }
  const open = `<${element.name}${attributesHtml(element)}>`;
  const close = `</${element.name}>`;
  const parts: string[] = [];
  let segment = "";
  let cut = false;
  const flush = () => {
    const trimmed = segment.replace(/^(?:\s|<br\s*\/?>)+|(?:\s|<br\s*\/?>)+$/gi, "");
    if (!isBlank(trimmed)) parts.push(open + trimmed + close);
    segment = "";
  };
  for (const child of children(element)) {
    const block = isTag(child) ? standaloneBlock(child, pass) : null;
    if (block === null) {
      const nested: string[] = [];
      segment += render([child], pass, nested);
      parts.push(...nested);
      cut ||= nested.length > 0;
      continue;
    }
    cut = true;
    if (isAtLineEdge(child)) flush();
    parts.push(block);
  }
  if (!cut) return open + segment + close;
  flush();
  return parts.join("");
}

function renderElement(element: Element, pass: Pass, lifted: string[] | null): string {
  const { name } = element;
  if (name === "figure") return renderFigure(element, pass);
  if (LIFTED_FROM.test(name)) return renderLiftingBlocks(element, pass);
  const block = standaloneBlock(element, pass);
  if (block !== null) {
    if (!lifted) return block;
    lifted.push(block);
    return "";
  }
  return renderPlain(element, pass, lifted);
}

function renderPlain(element: Element, pass: Pass, lifted: string[] | null): string {
  const open = `<${element.name}${attributesHtml(element)}>`;
  if (VOID.has(element.name)) return open;
  return `${open}${render(children(element), pass, lifted)}</${element.name}>`;
}

function render(nodes: ChildNode[], pass: Pass, lifted: string[] | null): string {
  let html = "";
  for (const node of nodes) {
    if (isTag(node)) html += renderElement(node, pass, lifted);
    else if (node.type === ElementType.Text && "data" in node) html += escapeText(node.data);
  }
  return html;
}

/** Classic posts: addresses alone on their line become embeds before paragraphs are made. */
const embedUrlLines = (html: string) =>
  html.replace(URL_LINE, (line, url: string) => {
    const embed = embedHtml(url);
    return embed ? `\n\n${embed}\n\n` : /^https?:/i.test(url) ? linkHtml(url) : line;
  });

/**
 * A WordPress post body (content:encoded) as this CMS's article HTML, in WordPress's order:
 * block delimiters dropped, shortcodes converted, paragraphs made for classic posts (those without
 * blocks), then images pointed at their imported media and figures, galleries and embeds made
 * the editor's own.
 */
export function convertBody(content: string, context: BodyContext): BodyResult {
  const findings: BodyFindings = { unknownShortcodes: {}, missing: new Set() };
  const normalized = content.replace(/\r\n?/g, "\n");
  const isClassic = !new RegExp(BLOCK_COMMENT.source).test(normalized);
  let html = normalized.replace(BLOCK_COMMENT, "").replace(MARKER_COMMENT, "");
  html = convertShortcodes(html, context, findings);
  if (isClassic) html = autop(embedUrlLines(html));
  const document = parseDocument(html, { decodeEntities: true });
  html = render(document.children, { context, findings }, null);
  forgetShortcodeAttributes();
  return {
    html: html.replace(/\n{3,}/g, "\n\n").trim(),
    unknownShortcodes: findings.unknownShortcodes,
    missingImages: [...findings.missing],
  };
}
