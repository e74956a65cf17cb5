/**
 * What a WordPress export (WXR) says, as the reader hands it on: one record at a time, never the
 * whole file. Text is already decoded from XML (entities and CDATA resolved); ids are WordPress's.
 */

export type WxrSite = {
  /** "1.2", "1.1" or "1.0". */
  wxrVersion: string;
  title: string;
  /** The site's address (wp:base_site_url, else the channel link), without a trailing slash. */
  baseUrl: string;
  /** The blog's address (wp:base_blog_url); usually the same. */
  blogUrl: string;
  /** The channel's <language>, e.g. "en-US". */
  language: string;
};

export type WxrAuthor = {
  kind: "author";
  id: number;
  login: string;
  email: string;
  displayName: string;
};

export type WxrTerm = {
  kind: "term";
  id: number;
  /** "category", "post_tag", or a custom taxonomy's name ("region", "nav_menu", "language"…). */
  taxonomy: string;
  /** As WordPress stores it: may be percent-encoded UTF-8 ("%d0%bc%d1%96%d0%bd%d1%81%d0%ba"). */
  slug: string;
  name: string;
  description: string;
  /** The parent's slug ("" for none). */
  parentSlug: string;
};

/** A term named on an item: <category domain="post_tag" nicename="slug">Name</category>. */
export type WxrItemTerm = { taxonomy: string; slug: string; name: string };

export type WxrComment = {
  id: number;
  parentId: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  /** Read so it can be dropped: raw IP addresses are never stored. */
  authorIp: string;
  /** "YYYY-MM-DD HH:MM:SS" in UTC, or "0000-00-00 00:00:00". */
  dateGmt: string;
  /** Local time of the old site. */
  date: string;
  content: string;
  /** "1" approved, "0" pending, "spam", "trash" (or "post-trashed"). */
  approved: string;
  /** "" or "comment" for comments; "pingback", "trackback" and others are not comments. */
  type: string;
  userId: number;
};

export type WxrPost = {
  kind: "item";
  id: number;
  /** "post", "page", "attachment", "nav_menu_item", … */
  postType: string;
  title: string;
  /** The item's permalink on the old site. */
  link: string;
  guid: string;
  creatorLogin: string;
  content: string;
  excerpt: string;
  /** Percent-encoded as WordPress stores it; "" for drafts never given one. */
  slug: string;
  /** "publish", "draft", "pending", "future", "private", "trash", "auto-draft", "inherit". */
  status: string;
  dateGmt: string;
  date: string;
  parentId: number;
  menuOrder: number;
  commentStatus: string;
  password: string;
  isSticky: boolean;
  /** Attachments only: the file's URL on the old site. */
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** wp:postmeta as key → value (the last one wins when a key repeats). */
  meta: Record<string, string>;
  comments: WxrComment[];
};

export type WxrRecord = WxrAuthor | WxrTerm | WxrPost;

/** A record the reader could not use: broken XML or bad UTF-8 inside one item. */
export type WxrBrokenRecord = {
  kind: "broken";
  /** What it was, as far as could be told: "item 1234 (post title)" or "item at byte 56,789". */
  label: string;
  message: string;
};

/** A line of the report about one item. */
export type ImportProblem = { item: string; message: string };

export type ImportCount = { created: number; updated: number; unchanged: number; skipped: number };

export type ImportReport = {
  dryRun: boolean;
  /** The old site's address. */
  site: string;
  wxrVersion: string;
  counts: {
    authors: ImportCount;
    terms: ImportCount;
    media: ImportCount;
    posts: ImportCount;
    pages: ImportCount;
    comments: ImportCount;
    redirects: ImportCount;
  };
  /** Items not imported because of their status or type: { trash: 3, "auto-draft": 1, … }. */
  skippedByStatus: Record<string, number>;
  /** Taxonomies that have no place here, with how many terms each had. */
  otherTaxonomies: Record<string, number>;
  /** Shortcodes left as text, with how many times each was seen. */
  unknownShortcodes: Record<string, number>;
  /** Images whose file could be neither found nor fetched: they keep their old address. */
  missingMedia: ImportProblem[];
  /** Items skipped as broken, renamed slugs, orphan comments and other notes, in file order. */
  problems: ImportProblem[];
  /** Polylang or WPML translation groups linked. */
  translationsLinked: number;
  /** How many bytes of the file were read, and how long it took. */
  bytes: number;
  durationMs: number;
};

export type ImportProgress = {
  /** 0 to 1. */
  fraction: number;
  /** A short line for the progress bar: "Posts and comments: 1,204 items". */
  stage: string;
};
