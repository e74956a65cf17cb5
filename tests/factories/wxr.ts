/**
 * Small WordPress exports written by tests, in the shape WordPress 6's export_wp() gives them
 * (the element names and namespaces of tests/fixtures/wordpress/campaign-export.xml).
 */

type WxrCommentInput = {
  id: number;
  parent?: number;
  author?: string;
  email?: string;
  ip?: string;
  approved?: string;
  type?: string;
  content?: string;
  date?: string;
};

export type WxrItemInput = {
  id: number;
  title: string;
  slug?: string;
  type?: string;
  status?: string;
  content?: string;
  excerpt?: string;
  creator?: string;
  date?: string;
  dateGmt?: string;
  link?: string;
  sticky?: boolean;
  password?: string;
  commentStatus?: string;
  parent?: number;
  attachmentUrl?: string;
  terms?: { domain: string; slug: string; name: string }[];
  meta?: Record<string, string>;
  comments?: WxrCommentInput[];
  /** Written as it is inside the item, for broken XML. */
  raw?: string;
};

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export const SITE = "http://old.example";

function comment(c: WxrCommentInput): string {
  return `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author>${cdata(c.author ?? "Reader")}</wp:comment_author><wp:comment_author_email>${cdata(c.email ?? "reader@example.org")}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP>${cdata(c.ip ?? "203.0.113.7")}</wp:comment_author_IP><wp:comment_date>${cdata(c.date ?? "2024-03-01 12:00:00")}</wp:comment_date><wp:comment_date_gmt>${cdata(c.date ?? "2024-03-01 10:00:00")}</wp:comment_date_gmt><wp:comment_content>${cdata(c.content ?? `Comment ${c.id}`)}</wp:comment_content><wp:comment_approved>${cdata(c.approved ?? "1")}</wp:comment_approved><wp:comment_type>${cdata(c.type ?? "comment")}</wp:comment_type><wp:comment_parent>${c.parent ?? 0}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`;
}

export function wxrItem(item: WxrItemInput): string {
  const slug = item.slug ?? item.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const date = item.date ?? "2024-03-01 12:00:00";
  const terms = (item.terms ?? [])
    .map((t) => `<category domain="${t.domain}" nicename="${t.slug}">${cdata(t.name)}</category>`)
    .join("");
  const meta = Object.entries(item.meta ?? {})
    .map(
      ([k, v]) =>
        `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`,
    )
    .join("");
  return `<item><title>${cdata(item.title)}</title><link>${item.link ?? `${SITE}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/`}</link><dc:creator>${cdata(item.creator ?? "anna")}</dc:creator><guid isPermaLink="false">${SITE}/?p=${item.id}</guid><description></description><content:encoded>${cdata(item.content ?? "First paragraph.\n\nSecond paragraph.")}</content:encoded><excerpt:encoded>${cdata(item.excerpt ?? "")}</excerpt:encoded><wp:post_id>${item.id}</wp:post_id><wp:post_date>${cdata(date)}</wp:post_date><wp:post_date_gmt>${cdata(item.dateGmt ?? date)}</wp:post_date_gmt><wp:comment_status>${cdata(item.commentStatus ?? "open")}</wp:comment_status><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(item.status ?? "publish")}</wp:status><wp:post_parent>${item.parent ?? 0}</wp:post_parent><wp:post_type>${cdata(item.type ?? "post")}</wp:post_type><wp:post_password>${cdata(item.password ?? "")}</wp:post_password><wp:is_sticky>${item.sticky ? 1 : 0}</wp:is_sticky>${item.attachmentUrl ? `<wp:attachment_url>${cdata(item.attachmentUrl)}</wp:attachment_url>` : ""}${terms}${meta}${(item.comments ?? []).map(comment).join("")}${item.raw ?? ""}</item>`;
}

export function wxrFile(parts: {
  channel?: string;
  items: (WxrItemInput | string | Buffer)[];
}): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old campaign</title><link>${SITE}</link><description></description><language>en-US</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("anna")}</wp:author_login><wp:author_email>${cdata("anna@old.example")}</wp:author_email><wp:author_display_name>${cdata("Anna K.")}</wp:author_display_name></wp:author>
${parts.channel ?? ""}`;
  const body = parts.items.map((item) =>
    Buffer.isBuffer(item) ? item : Buffer.from(typeof item === "string" ? item : wxrItem(item)),
  );
  return Buffer.concat([Buffer.from(head), ...body, Buffer.from("</channel></rss>\n")]);
}
