import { type Shortcode, attrs, fromMatch, regexp } from "@wordpress/shortcode";
import { embedPageUrl, parseEmbedUrl } from "@/lib/embeds/providers";
import type { BodyContext } from "@/lib/import/wordpress/body";
import {
  type BodyImage,
  escapeAttribute,
  escapeText,
  galleryHtml,
  mediaImage,
} from "@/lib/import/wordpress/images";

/** What a conversion found that the importer reports. */
export type BodyFindings = { unknownShortcodes: Record<string, number>; missing: Set<string> };

type Convert = (code: Shortcode, context: BodyContext, findings: BodyFindings) => string | null;

// Any name WordPress could have registered (a letter, then letters, digits, "_" or "-"), put
// into the package's own pattern (get_shortcode_regex), so "[1]" and "[…]" are never read.
const ANY_NAME = regexp("[A-Za-z][\\w-]*").source;

/** The provider's embed block, or null for a URL it does not know (no thumbnail on import). */
export function embedHtml(url: string): string | null {
  const ref = parseEmbedUrl(url.startsWith("//") ? `https:${url}` : url);
  if (!ref) return null;
  const href = escapeAttribute(embedPageUrl(ref));
  const attributes = `class="embed" data-provider="${ref.provider}" data-id="${escapeAttribute(ref.id)}"`;
  return `<figure ${attributes}><a href="${href}">${href}</a></figure>`;
}

export const linkHtml = (url: string) => `<a href="${escapeAttribute(url)}">${escapeText(url)}</a>`;

/** An embed where the provider is known; otherwise the plain link WordPress would make. */
const embedOrLink = (url: string) => embedHtml(url) ?? linkHtml(url);

// WordPress's img_caption_shortcode: without a caption attribute, the text after the image is it.
const CAPTIONED = /^\s*((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([^]*)$/i;

const convertCaption: Convert = (code, context, findings) => {
  const match = CAPTIONED.exec(code.content ?? "");
  if (!match) return convertShortcodes(code.content ?? "", context, findings);
  let image = match[1]!;
  const caption = convertShortcodes(code.attrs.named.caption ?? match[2]!, context, findings);
  const id = /^attachment_(\d+)$/.exec(code.attrs.named.id ?? "")?.[1];
  // The images pass reads the id from here when the <img> has no wp-image-N class of its own.
  if (id) image = image.replace(/<img\b/i, `<img data-attachment-id="${id}"`);
  const text = caption.replace(/\s+/g, " ").trim();
  return `<figure class="image">${image}${text ? `<figcaption>${text}</figcaption>` : ""}</figure>`;
};

const convertGallery: Convert = (code, context, findings) => {
  const ids = (code.attrs.named.ids ?? code.attrs.named.include ?? "")
    .split(",")
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
  // A gallery without ids showed the post's attachments, which the body alone does not name.
  if (ids.length === 0) return null;
  const images: BodyImage[] = [];
  for (const id of ids) {
    const media = context.mediaById(id);
    if (media) images.push(mediaImage(media));
    else findings.missing.add(`attachment ${id}`);
  }
  return galleryHtml(images);
};

const convertEmbed: Convert = (code) => {
  const url = (code.content ?? code.attrs.named.src ?? code.attrs.numeric[0] ?? "").trim();
  return /^(?:https?:)?\/\/\S+$/i.test(url) ? embedOrLink(url) : null;
};

/** Jetpack's [youtube URL], [youtube=URL] and [vimeo ID]: only the video itself is kept. */
const providerShortcode =
  (idToUrl: (id: string) => string): Convert =>
  (code) => {
    const value = (code.attrs.named.url ?? code.attrs.named.id ?? code.attrs.numeric[0] ?? "")
      .replace(/^=/, "")
      .trim();
    return embedHtml(/^(?:https?:)?\/\//i.test(value) ? value : idToUrl(value));
  };

/** Core's [video] takes YouTube and Vimeo addresses too; a file of the old site's stays as text. */
const convertVideo: Convert = (code) => {
  const { src, mp4, webm, ogv } = code.attrs.named;
  const url = src ?? mp4 ?? webm ?? ogv;
  return url ? embedHtml(url) : null;
};

const CONVERTERS: Record<string, Convert> = {
  caption: convertCaption,
  wp_caption: convertCaption,
  gallery: convertGallery,
  embed: convertEmbed,
  youtube: providerShortcode((id) => `https://www.youtube.com/watch?v=${id}`),
  vimeo: providerShortcode((id) => `https://vimeo.com/${id}`),
  video: convertVideo,
};

/**
 * Whether text in brackets is a shortcode left behind rather than prose ("[sic]", "[citation
 * needed]", "[Updated]"): it closes ("[name]…[/name]", "[name /]"), or has a name="value"
 * attribute or an address among its words. Known shortcodes that could not be converted count.
 */
function isShortcodeLike(code: Shortcode): boolean {
  if (code.tag in CONVERTERS || code.type !== "single") return true;
  const { named, numeric } = code.attrs;
  return Object.keys(named).length > 0 || numeric.some((word) => word.includes("://"));
}

/**
 * The body's shortcodes as the CMS's markup: captions, galleries and embeds converted; any other
 * kept as text, with the ones inside a kept [name]…[/name] still converted. An escaped
 * "[[name]]" shows as "[name]", as on WordPress.
 */
export function convertShortcodes(
  text: string,
  context: BodyContext,
  findings: BodyFindings,
): string {
  if (!text.includes("[")) return text;
  const pattern = new RegExp(ANY_NAME, "g");
  let out = "";
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, left = "", name = "", args = "", selfClosing, content, closing, right = ""] =
      match;
    out += text.slice(from, match.index);
    from = match.index + whole.length;
    if (left === "[" && right === "]") {
      out += whole.slice(1, -1);
      continue;
    }
    const code = fromMatch(match);
    const converted = CONVERTERS[code.tag]?.(code, context, findings) ?? null;
    if (converted !== null) {
      out += left + converted + right;
      continue;
    }
    if (isShortcodeLike(code)) {
      findings.unknownShortcodes[name] = (findings.unknownShortcodes[name] ?? 0) + 1;
    }
    const opening = `[${name}${args}${selfClosing ? "/" : ""}]`;
    const inner = content === undefined ? "" : convertShortcodes(content, context, findings);
    out += left + opening + inner + (closing ?? "") + right;
  }
  return out + text.slice(from);
}

/** The package memoizes every attribute string it parses; an import of many posts lets it go. */
export const forgetShortcodeAttributes = () => attrs.clear();
