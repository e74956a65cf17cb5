import { describe, expect, it } from "vitest";
import { NotWxrError, parsePrelude, parseRecord } from "@/lib/import/wordpress/wxr-parse";
import { type RawRecord, splitWxr } from "@/lib/import/wordpress/wxr-split";
import type { WxrPost } from "@/lib/import/wordpress/types";

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old site</title><link>https://old.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example/</wp:base_site_url>`;

const item = (id: number, inner = "") =>
  `<item><title><![CDATA[Post ${id}]]></title><wp:post_id>${id}</wp:post_id>${inner}</item>`;

async function read(bytes: Buffer, chunkSize: number) {
  function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  const prelude: string[] = [];
  const records: RawRecord[] = [];
  for await (const part of splitWxr(chunks())) {
    if (part.kind === "prelude") prelude.push(part.text);
    else records.push(part);
  }
  return { prelude, records };
}

const posts = (records: RawRecord[]) =>
  records.map((raw) => {
    const parsed = parseRecord(raw);
    return "record" in parsed ? (parsed.record as WxrPost) : parsed;
  });

describe("reading a WXR export as a stream", () => {
  it("cuts the same records whatever the chunk size, with </item> inside a body kept", async () => {
    const body = `<item><title>Feeds</title><wp:post_id>1</wp:post_id><content:encoded><![CDATA[<p>RSS ends each entry with </item>.</p>]]></content:encoded><!-- </item> --></item>`;
    const file = Buffer.from(`${HEAD}${body}${item(2)}</channel></rss>`);
    for (const size of [1, 2, 5, 64, 1 << 20]) {
      const { prelude, records } = await read(file, size);
      expect(prelude).toHaveLength(1);
      expect(parsePrelude(prelude[0]!).baseUrl).toBe("https://old.example");
      const read1 = posts(records) as WxrPost[];
      expect(read1.map((post) => post.id)).toEqual([1, 2]);
      expect(read1[0]!.content).toBe("<p>RSS ends each entry with </item>.</p>");
    }
  });

  it("skips one item with broken XML or bad UTF-8 and reads the rest", async () => {
    const badBytes = Buffer.concat([
      Buffer.from(`<item><title>Bad</title><wp:post_id>3</wp:post_id><content:encoded>`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`</content:encoded></item>`),
    ]);
    const file = Buffer.concat([
      Buffer.from(HEAD + item(1) + `<item><wp:post_id>2</wp:post_id><b></item>`),
      badBytes,
      Buffer.from(item(4) + "</channel></rss>"),
    ]);
    const parsed = posts((await read(file, 7)).records);
    expect(parsed.map((each) => ("id" in each ? each.id : each.label))).toEqual([
      1,
      "item 2",
      "item 3 (Bad)",
      4,
    ]);
    expect(parsed[1]).toMatchObject({ kind: "broken" });
    expect((parsed[1] as { message: string }).message).toMatch(/^broken XML/);
    expect(parsed[2]).toMatchObject({ kind: "broken", message: "not valid UTF-8; skipped" });
  });

  it("drops characters XML forbids instead of the whole item, and counts them", async () => {
    const file = Buffer.from(`${HEAD}${item(5, "<wp:post_name>a\u0001b\u000b</wp:post_name>")}`);
    const [raw] = (await read(file, 10)).records;
    const parsed = parseRecord(raw!);
    expect(parsed).toMatchObject({ removedCharacters: 2, record: { slug: "ab" } });
  });

  it("reads terms, comments and meta of an item", async () => {
    const inner = `<category domain="post_tag" nicename="minsk"><![CDATA[Minsk]]></category>
      <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
      <wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_parent>6</wp:comment_parent>
      <wp:comment_author_IP>203.0.113.7</wp:comment_author_IP><wp:comment_approved>spam</wp:comment_approved></wp:comment>`;
    const [post] = posts(
      (await read(Buffer.from(HEAD + item(8, inner)), 4096)).records,
    ) as WxrPost[];
    expect(post!.terms).toEqual([{ taxonomy: "post_tag", slug: "minsk", name: "Minsk" }]);
    expect(post!.meta._thumbnail_id).toBe("9");
    expect(post!.comments[0]).toMatchObject({ id: 7, parentId: 6, approved: "spam" });
  });

  it("refuses a file that is not a WordPress export with one line", () => {
    expect(() => parsePrelude("<html><body>hello</body></html>")).toThrow(NotWxrError);
    expect(() => parsePrelude(`<rss><channel><title>Feed</title>`)).toThrow(
      /RSS feed, not a WordPress export/,
    );
    expect(() => parsePrelude(`<rss><channel><wp:wxr_version>2.0</wp:wxr_version>`)).toThrow(
      /WXR 2.0/,
    );
  });
});
