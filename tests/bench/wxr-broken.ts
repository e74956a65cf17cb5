/**
 * The damaged items `wxr-generate.ts --broken` writes in the middle of the export, each of which
 * an importer must report and get past: broken XML, bytes that are not UTF-8, characters XML
 * forbids, replies whose parent is missing or on another post, and two posts with one slug.
 */
import { type Comment, type Item, SITE, itemXml } from "@/tests/bench/wxr-records";

function edgeItem(id: number, date: string, title: string, slug: string): Item {
  return {
    id,
    title,
    link: `${SITE}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/`,
    pubDate: "Mon, 04 Jan 2010 06:00:00 +0000",
    creator: "anna",
    guid: `${SITE}/?p=${id}`,
    content: "First paragraph of an edge case.\n\nSecond paragraph.",
    excerpt: "",
    date,
    dateGmt: date,
    commentStatus: "open",
    slug,
    status: "publish",
    parent: 0,
    menuOrder: 0,
    type: "post",
    isSticky: false,
    terms: [{ id: 2, taxonomy: "category", slug: "news", name: "News", parentSlug: "" }],
    meta: [],
    comments: [],
  };
}

function comment(id: number, parent: number, date: string, content: string): Comment {
  return {
    id,
    parent,
    author: "Edge reader",
    email: "edge@example.org",
    url: "",
    ip: "203.0.113.9",
    date,
    dateGmt: date,
    content,
    approved: "1",
    type: "comment",
    userId: 0,
    meta: [],
  };
}

export function brokenItems(
  firstId: number,
  date: string,
  nextCommentId: () => number,
): { parts: (string | Buffer)[]; items: number; comments: number } {
  const id = (n: number) => firstId + n;
  const brokenXml = itemXml(edgeItem(id(0), date, "Broken XML", "edge-broken-xml")).replace(
    /<title>.*<\/title>/,
    "<title>Broken <b>markup & a bare ampersand</title>",
  );

  const [before, after] = itemXml(
    edgeItem(id(1), date, "Invalid UTF-8", "edge-invalid-utf8"),
  ).split("First paragraph");
  const badBytes = Buffer.concat([
    Buffer.from(before!),
    Buffer.from("Bytes that are not UTF-8: "),
    Buffer.from([0xff, 0xfe, 0x20, 0xd0, 0x20, 0xc3, 0x28]),
    Buffer.from(` first paragraph${after}`),
  ]);

  const control = edgeItem(id(2), date, "Control\u0007 characters\u0001", "edge-control");
  control.content = "A vertical tab\u000b, an escape\u001b and a form feed\u000c in the text.";
  const elsewhere = comment(nextCommentId(), 0, date, "A comment on the control-character post");
  control.comments = [elsewhere];

  const orphans = edgeItem(id(3), date, "Orphan replies", "edge-orphan-replies");
  const first = comment(nextCommentId(), 0, date, "A top-level comment");
  orphans.comments = [
    first,
    comment(nextCommentId(), 987_654_321, date, "A reply to a comment that is not in the file"),
    comment(nextCommentId(), elsewhere.id, date, "A reply to a comment on another post"),
    comment(nextCommentId(), first.id, date, "A proper reply"),
  ];

  const twinA = edgeItem(id(4), date, "Duplicate slug, first", "edge-duplicate-slug");
  const twinB = edgeItem(id(5), date, "Duplicate slug, second", "edge-duplicate-slug");
  return {
    parts: [brokenXml, badBytes, ...[control, orphans, twinA, twinB].map(itemXml)],
    items: 6,
    comments: 5,
  };
}
