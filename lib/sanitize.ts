import sanitizeHtml from "sanitize-html";

const URL_SCHEMES = ["http", "https", "mailto"];

/** Video hosts the editor can embed; the public page links to them and loads nothing from them. */
export const VIDEO_PROVIDERS = ["youtube", "vimeo"] as const;

/** Image sources must be this site's own paths, so no public page loads anything from elsewhere. */
function isLocalPath(src: string | undefined): boolean {
  return !!src && src.startsWith("/") && !src.startsWith("//") && !src.includes("\\");
}

const ARTICLE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "del",
    "sub",
    "sup",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "cite",
    "q",
    "code",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "width", "height", "srcset", "sizes", "title"],
    figure: ["class", "data-provider", "data-video-id"],
    blockquote: ["cite"],
    q: ["cite"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedClasses: { figure: ["image", "video-embed"] },
  allowedSchemes: URL_SCHEMES,
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  exclusiveFilter: (frame) =>
    (frame.tag === "img" && !isLocalPath(frame.attribs.src)) ||
    (frame.tag === "figure" &&
      frame.attribs["data-provider"] !== undefined &&
      !(VIDEO_PROVIDERS as readonly string[]).includes(frame.attribs["data-provider"])),
  transformTags: {
    img: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        srcset: (attribs.srcset ?? "")
          .split(",")
          .map((part) => part.trim())
          .filter((part) => isLocalPath(part.split(/\s+/)[0]))
          .join(", "),
      },
    }),
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, ...(/^https?:/i.test(attribs.href ?? "") ? { rel: "noopener" } : {}) },
    }),
  },
};

/**
 * Cleans article HTML written by staff on save: an allowlist of tags and attributes, links only to
 * http(s) and mailto, images only from this site. Nothing in the result can run script.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, ARTICLE_OPTIONS).replace(/ srcset=""/g, "");
}

/** The tags and attributes readers may use in comments, as the original campaign sites listed them. */
export const COMMENT_ALLOWED_TAGS: Record<string, string[]> = {
  a: ["href", "title"],
  abbr: ["title"],
  acronym: ["title"],
  b: [],
  blockquote: ["cite"],
  cite: [],
  code: [],
  del: ["datetime"],
  em: [],
  i: [],
  q: ["cite"],
  strike: [],
  strong: [],
};

/** How the allowed tags are shown under the comment form. */
export const COMMENT_ALLOWED_TAGS_HINT = Object.entries(COMMENT_ALLOWED_TAGS)
  .map(([tag, attributes]) => `<${[tag, ...attributes.map((a) => `${a}=""`)].join(" ")}>`)
  .join(" ");

const COMMENT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...Object.keys(COMMENT_ALLOWED_TAGS), "p", "br"],
  allowedAttributes: { ...COMMENT_ALLOWED_TAGS, a: ["href", "title", "rel"] },
  allowedSchemes: URL_SCHEMES,
  allowedSchemesAppliedToAttributes: ["href", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Only absolute http(s) and mailto links: a relative href in a comment points nowhere useful.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const isAbsolute = /^(https?:\/\/|mailto:)/i.test(href?.trim() ?? "");
      return {
        tagName,
        attribs: { ...rest, ...(isAbsolute ? { href } : {}), rel: "nofollow ugc noopener" },
      };
    },
  },
};

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
    .map((block) => `<p>${block.replace(/\n/g, "<br />")}</p>`)
    .join("");
  return sanitizeHtml(paragraphs, COMMENT_OPTIONS).replace(/<p>\s*<\/p>/g, "");
}

/** Plain text of some HTML (for excerpts, meta descriptions and feeds' summaries). */
export function htmlToText(html: string): string {
  const spaced = html.replace(
    /<\/(p|h[1-6]|li|blockquote|figcaption|td|th|pre)>|<br\s*\/?>/gi,
    "$& ",
  );
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
