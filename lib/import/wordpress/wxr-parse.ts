import type {
  WxrBrokenRecord,
  WxrComment,
  WxrPost,
  WxrRecord,
  WxrSite,
} from "@/lib/import/wordpress/types";
import { plainText } from "@/lib/import/wordpress/mapping";
import type { RawRecord } from "@/lib/import/wordpress/wxr-split";
import {
  type XmlNode,
  childNumber,
  childText,
  childrenNamed,
  parseXmlTree,
  stripInvalidXmlCharacters,
} from "@/lib/import/wordpress/wxr-tree";

/** The file is not a WordPress export; the message is the one line the user sees. */
export class NotWxrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotWxrError";
  }
}

const SUPPORTED_VERSIONS = ["1.0", "1.1", "1.2"];
const utf8 = new TextDecoder("utf-8", { fatal: true });

const tagValue = (text: string, name: string) => {
  const match = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([^<\\]]*)`).exec(text);
  return (match?.[1] ?? "").trim();
};

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** Reads the channel's own fields, refusing a file that is not a WXR export. */
export function parsePrelude(text: string): WxrSite {
  if (!/<rss[\s>]/.test(text) || !/<channel[\s>]/.test(text)) {
    throw new NotWxrError("This file is not a WordPress export: it has no <rss><channel>.");
  }
  const wxrVersion = tagValue(text, "wp:wxr_version");
  if (!wxrVersion) {
    throw new NotWxrError(
      "This file is an RSS feed, not a WordPress export: it has no wp:wxr_version. Export it with WordPress's Tools → Export.",
    );
  }
  if (!SUPPORTED_VERSIONS.includes(wxrVersion)) {
    throw new NotWxrError(
      `This WordPress export is WXR ${wxrVersion}; only 1.0 to 1.2 can be read.`,
    );
  }
  const link = withoutSlash(tagValue(text, "link"));
  const baseUrl = withoutSlash(tagValue(text, "wp:base_site_url")) || link;
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new NotWxrError("This WordPress export names no site address (wp:base_site_url).");
  }
  return {
    wxrVersion,
    title: tagValue(text, "title"),
    baseUrl,
    blogUrl: withoutSlash(tagValue(text, "wp:base_blog_url")) || baseUrl,
    language: tagValue(text, "language"),
  };
}

function parseComment(node: XmlNode): WxrComment {
  return {
    id: childNumber(node, "wp:comment_id"),
    parentId: childNumber(node, "wp:comment_parent"),
    authorName: childText(node, "wp:comment_author").trim(),
    authorEmail: childText(node, "wp:comment_author_email").trim(),
    authorUrl: childText(node, "wp:comment_author_url").trim(),
    authorIp: childText(node, "wp:comment_author_IP").trim(),
    dateGmt: childText(node, "wp:comment_date_gmt").trim(),
    date: childText(node, "wp:comment_date").trim(),
    content: childText(node, "wp:comment_content"),
    approved: childText(node, "wp:comment_approved").trim(),
    type: childText(node, "wp:comment_type").trim(),
    userId: childNumber(node, "wp:comment_user_id"),
  };
}

function parseItem(node: XmlNode): WxrPost {
  const meta: Record<string, string> = {};
  for (const entry of childrenNamed(node, "wp:postmeta")) {
    meta[childText(entry, "wp:meta_key").trim()] = childText(entry, "wp:meta_value");
  }
  return {
    kind: "item",
    id: childNumber(node, "wp:post_id"),
    postType: childText(node, "wp:post_type").trim(),
    title: childText(node, "title").trim(),
    link: childText(node, "link").trim(),
    guid: childText(node, "guid").trim(),
    creatorLogin: childText(node, "dc:creator").trim(),
    content: childText(node, "content:encoded"),
    excerpt: childText(node, "excerpt:encoded"),
    slug: childText(node, "wp:post_name").trim(),
    status: childText(node, "wp:status").trim(),
    dateGmt: childText(node, "wp:post_date_gmt").trim(),
    date: childText(node, "wp:post_date").trim(),
    parentId: childNumber(node, "wp:post_parent"),
    menuOrder: childNumber(node, "wp:menu_order"),
    commentStatus: childText(node, "wp:comment_status").trim(),
    password: childText(node, "wp:post_password"),
    isSticky: childText(node, "wp:is_sticky").trim() === "1",
    attachmentUrl: childText(node, "wp:attachment_url").trim(),
    terms: childrenNamed(node, "category").map((term) => ({
      taxonomy: term.attributes.domain ?? "category",
      slug: term.attributes.nicename ?? "",
      name: term.text.trim(),
    })),
    meta,
    comments: childrenNamed(node, "wp:comment").map(parseComment),
  };
}

function toRecord(node: XmlNode): WxrRecord {
  switch (node.name) {
    case "wp:author":
      return {
        kind: "author",
        id: childNumber(node, "wp:author_id"),
        login: childText(node, "wp:author_login").trim(),
        email: childText(node, "wp:author_email").trim(),
        displayName: childText(node, "wp:author_display_name").trim(),
      };
    case "wp:category":
      return {
        kind: "term",
        id: childNumber(node, "wp:term_id"),
        taxonomy: "category",
        slug: childText(node, "wp:category_nicename").trim(),
        name: childText(node, "wp:cat_name").trim(),
        description: childText(node, "wp:category_description"),
        parentSlug: childText(node, "wp:category_parent").trim(),
      };
    case "wp:tag":
      return {
        kind: "term",
        id: childNumber(node, "wp:term_id"),
        taxonomy: "post_tag",
        slug: childText(node, "wp:tag_slug").trim(),
        name: childText(node, "wp:tag_name").trim(),
        description: childText(node, "wp:tag_description"),
        parentSlug: "",
      };
    case "wp:term":
      return {
        kind: "term",
        id: childNumber(node, "wp:term_id"),
        taxonomy: childText(node, "wp:term_taxonomy").trim(),
        slug: childText(node, "wp:term_slug").trim(),
        name: childText(node, "wp:term_name").trim(),
        description: childText(node, "wp:term_description"),
        parentSlug: childText(node, "wp:term_parent").trim(),
      };
    default:
      return parseItem(node);
  }
}

/** What a broken record was, from whatever can still be read of it. */
function describe(raw: RawRecord, text: string | null): string {
  const id = text ? /<wp:post_id>(\d+)</.exec(text)?.[1] : undefined;
  const title = text ? /<title>(?:<!\[CDATA\[)?([^<\]]{1,80})/.exec(text)?.[1]?.trim() : undefined;
  const name = raw.name === "item" ? "item" : raw.name.replace("wp:", "");
  if (id) return `${name} ${id}${title ? ` (${title})` : ""}`;
  return `${name} at byte ${raw.offset.toLocaleString("en")}`;
}

export type ParsedRecord = { record: WxrRecord; removedCharacters: number; label: string };

/** Decodes and parses one record; a broken one is described, never thrown. */
export function parseRecord(raw: RawRecord): ParsedRecord | WxrBrokenRecord {
  let text: string;
  try {
    text = utf8.decode(raw.bytes);
  } catch {
    const latin = raw.bytes.toString("latin1");
    return { kind: "broken", label: describe(raw, latin), message: "not valid UTF-8; skipped" };
  }
  const cleaned = stripInvalidXmlCharacters(text);
  try {
    const record = toRecord(parseXmlTree(cleaned.text));
    const label =
      record.kind === "item"
        ? `${record.postType || "item"} ${record.id}${record.title ? ` (${plainText(record.title, 80)})` : ""}`
        : record.kind === "author"
          ? `author ${record.login}`
          : `${record.taxonomy} ${record.slug}`;
    return { record, removedCharacters: cleaned.removed, label };
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    return {
      kind: "broken",
      label: describe(raw, text),
      message: `broken XML (${reason}); skipped`,
    };
  }
}
