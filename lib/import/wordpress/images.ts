import type { BodyMedia } from "@/lib/import/wordpress/body";

/** What an image in the body becomes: the `<img>` tag and the caption its media suggests. */
export type BodyImage = { img: string; caption: string };

const GALLERY_MAX = 6;

// WordPress names a file's renditions after it: photo-300x200.jpg, the big-image copy
// photo-scaled.jpg, photo-rotated.jpg, an edit photo-e1612345678901.jpg (and its sizes after it).
const SIZE_SUFFIX = /(?:-\d+x\d+|-scaled|-rotated|-e\d{10,})+(?=\.[A-Za-z0-9]+$)/;

/**
 * The original upload a WordPress size variant was made from
 * ("…/photo-e1612345678901-300x200.jpg" → "…/photo.jpg"). Only the file name changes; the
 * query and fragment, if any, are kept.
 */
export function originalUploadUrl(url: string): string {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  const rest = end === -1 ? "" : url.slice(end);
  const slash = path.lastIndexOf("/") + 1;
  return path.slice(0, slash) + path.slice(slash).replace(SIZE_SUFFIX, "") + rest;
}

export const escapeText = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** A path on this site (what the CMS's own images use), as the sanitizer reads it. */
const isLocalPath = (value: string) =>
  value.startsWith("/") && !value.startsWith("//") && !value.includes("\\");

/** Whether an image address is the old site's (or anyone else's): not one of this CMS's paths. */
export const isOldImageUrl = (src: string) => !isLocalPath(src) || src.includes("/wp-content/");

/** An address as the old site meant it, for looking it up and reporting it. */
export function absoluteUrl(url: string, siteUrl: string): string {
  try {
    return new URL(url.trim(), siteUrl).href;
  } catch {
    return url.trim();
  }
}

/** A link WordPress made with "Link to: media file": an image file among the old uploads. */
export const isUploadFileLink = (href: string) =>
  /\/wp-content\/uploads\/[^?#]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#]|$)/i.test(href);

const dimension = (value: number | string | null | undefined) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? String(number) : null;
};

/** `<img src alt width height>`: the only attributes an article image keeps. */
export function imageTag(
  src: string,
  alt: string,
  width?: number | string | null,
  height?: number | string | null,
): string {
  const attributes = [`src="${escapeAttribute(src)}"`, `alt="${escapeAttribute(alt)}"`];
  const w = dimension(width);
  const h = dimension(height);
  if (w && h) attributes.push(`width="${w}"`, `height="${h}"`);
  return `<img ${attributes.join(" ")}>`;
}

/** An imported image as the CMS shows it; the image's own alt text wins when it has one. */
export function mediaImage(media: BodyMedia, alt = ""): BodyImage {
  return {
    img: imageTag(media.src, alt.trim() || media.alt, media.width, media.height),
    caption: escapeText(media.caption),
  };
}

/** `<figure class="image">`, its image in a link when the link goes somewhere else. */
export function imageFigure({ img, caption }: BodyImage, href?: string): string {
  const image = href ? `<a href="${escapeAttribute(href)}">${img}</a>` : img;
  const text = caption.replace(/\s+/g, " ").trim();
  return `<figure class="image">${image}${text ? `<figcaption>${text}</figcaption>` : ""}</figure>`;
}

/**
 * Images as the editor's galleries: one image is a plain figure, 2 to 6 one gallery, more are
 * cut into galleries of even size (7 → 4 + 3) so none is left with a single image.
 */
export function galleryHtml(images: BodyImage[]): string {
  if (images.length === 0) return "";
  if (images.length === 1) return imageFigure(images[0]!);
  const count = Math.ceil(images.length / GALLERY_MAX);
  const galleries: string[] = [];
  for (let index = 0, start = 0; index < count; index += 1) {
    const end = start + Math.ceil((images.length - start) / (count - index));
    const figures = images.slice(start, end).map((image) => imageFigure(image));
    galleries.push(`<figure class="gallery">${figures.join("")}</figure>`);
    start = end;
  }
  return galleries.join("");
}
