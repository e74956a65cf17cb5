import { XMLValidator } from "fast-xml-parser";
import { Parser as HtmlParser } from "htmlparser2";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { type FeedArticle, buildArticlesFeed, buildCommentsFeed } from "@/lib/feeds/build";
import { stripInvalidXmlChars } from "@/lib/feeds/xml-safe";
import { absoluteUrl } from "@/lib/urls";

const parser = new Parser();

/** The elements a feed reader that renders this field as HTML would create. */
function elementsIn(html: string): string[] {
  const found: string[] = [];
  const reader = new HtmlParser({ onopentag: (name) => found.push(name) });
  reader.write(html);
  reader.end();
  return found;
}

/** What a reader rendering this field as HTML shows as text. */
function shownText(html: string): string {
  let text = "";
  const reader = new HtmlParser({ ontext: (chunk) => (text += chunk) }, { decodeEntities: true });
  reader.write(html);
  reader.end();
  return text;
}

const channel = {
  title: "Free Ales &amp; friends <news>",
  description: "Campaign ]]> news ]]> twice",
  pagePath: "/",
  feedPath: "/feed.xml",
  language: "en" as const,
  defaultLang: "en" as const,
};

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id: "a1",
    kind: "POST",
    slug: "a-story",
    title: "A story",
    excerpt: "Short.",
    body: "<p>Body</p>",
    publishedAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-21T10:00:00.500Z",
    authorName: "Editor",
    terms: [{ taxonomy: "TAG", name: "Viasna", slug: "viasna" }],
    ...overrides,
  };
}

describe("stripInvalidXmlChars", () => {
  it("removes the control characters XML 1.0 forbids and keeps tab, newline, carriage return", () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    expect(stripInvalidXmlChars(`a${controls}b`)).toBe("a\t\n\rb");
    expect(stripInvalidXmlChars("x\uFFFE\uFFFFy")).toBe("xy");
    expect(stripInvalidXmlChars("lone \uD800 surrogate")).toBe("lone  surrogate");
  });

  it("keeps markup characters (the library escapes them), emoji and Cyrillic", () => {
    const text = "Tom & Jerry <b> ]]> ✊🏽 Алесь Бяляцкі — свабода";
    expect(stripInvalidXmlChars(text)).toBe(text);
  });
});

describe("buildArticlesFeed", () => {
  it("produces RSS 2.0 a real parser reads back exactly, whatever the text contains", async () => {
    const nasty = "Tom & Jerry <script> ]]> \u0000\u0007\u001F ✊🏽 Алесь Бяляцкі";
    const { xml } = buildArticlesFeed(channel, [
      article({
        title: nasty,
        excerpt: nasty,
        body: `<p>${"Tom &amp; Jerry &lt;b&gt;"} ]]&gt; ✊🏽 Алесь</p><p>raw ]]> end</p>`,
        authorName: "Наталля <&>",
        terms: [{ taxonomy: "CATEGORY", name: "News & ]]> views", slug: "news" }],
      }),
    ]);

    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe("Free Ales &amp; friends <news>");
    expect(shownText(feed.description!)).toBe("Campaign ]]> news ]]> twice");
    const [item] = feed.items;
    const clean = "Tom & Jerry <script> ]]>  ✊🏽 Алесь Бяляцкі";
    expect(item?.title).toBe(clean);
    expect(elementsIn(item!.content!)).toEqual([]);
    expect(shownText(item!.content!)).toBe(clean);
    expect(item?.["content:encoded"]).toBe(
      "<p>Tom &amp; Jerry &lt;b&gt; ]]&gt; ✊🏽 Алесь</p><p>raw ]]> end</p>",
    );
    expect(item?.creator).toBe("Наталля <&>");
    expect(item?.categories).toEqual([
      { _: "News & ]]> views", $: { domain: absoluteUrl("/category/news") } },
    ]);
  });

  it("keeps every `]]>` intact, not only the first one", async () => {
    const twice = "a ]]> b ]]> c ]]]]> d";
    const { xml } = buildArticlesFeed(channel, [
      article({ title: twice, excerpt: twice, body: `<p>${twice}</p>`, authorName: twice }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const [item] = (await parser.parseString(xml)).items;
    expect(item?.title).toBe(twice);
    expect(shownText(item!.content!)).toBe(twice);
    expect(item?.["content:encoded"]).toBe(`<p>${twice}</p>`);
    expect(item?.creator).toBe(twice);
  });

  it("links items absolutely and dates them in RFC 822", async () => {
    const { xml, lastModified } = buildArticlesFeed(channel, [
      article(),
      article({ id: "p1", kind: "PAGE", slug: "about", updatedAt: "2026-11-22T08:00:00.900Z" }),
    ]);
    const feed = await parser.parseString(xml);
    expect(feed.items.map((item) => item.link)).toEqual([
      absoluteUrl("/news/a-story"),
      absoluteUrl("/about"),
    ]);
    expect(feed.items[0]?.guid).toBe(absoluteUrl("/news/a-story"));
    expect(feed.items[0]?.pubDate).toBe("Fri, 20 Nov 2026 10:00:00 GMT");
    expect(feed.feedUrl).toBe(absoluteUrl("/feed.xml"));
    expect(lastModified.toISOString()).toBe("2026-11-22T08:00:00.000Z");
    expect(xml).toContain("<lastBuildDate>Sun, 22 Nov 2026 08:00:00 GMT</lastBuildDate>");
  });

  it("gives the same bytes for the same data, so the ETag holds between requests", () => {
    const first = buildArticlesFeed(channel, [article()]).xml;
    const second = buildArticlesFeed(channel, [article()]).xml;
    expect(second).toBe(first);
  });
});

describe("text fields stay text", () => {
  const typed = {
    excerpt: "<img src=x onerror=alert(1)> & more",
    title: "</script><script>alert(2)</script>",
    author: '<a href="javascript:alert(3)">Author</a>',
    term: "<b onmouseover=alert(4)>Tag</b>",
    tagline: "<svg onload=alert(5)>",
    comment: "<img src=y onerror=alert(6)>",
  };

  it("titles, excerpts, authors, terms and the tagline come back as typed, with no element in them", async () => {
    const { xml } = buildArticlesFeed({ ...channel, description: typed.tagline }, [
      article({
        title: typed.title,
        excerpt: typed.excerpt,
        authorName: typed.author,
        terms: [{ taxonomy: "TAG", name: typed.term, slug: "t" }],
      }),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(elementsIn(feed.description!)).toEqual([]);
    expect(shownText(feed.description!)).toBe(typed.tagline);
    const [item] = feed.items;
    expect(item?.title).toBe(typed.title);
    expect(item?.creator).toBe(typed.author);
    expect(elementsIn(item!.content!)).toEqual([]);
    expect(item?.contentSnippet).toBe(typed.excerpt);
    expect(item?.categories).toEqual([{ _: typed.term, $: { domain: absoluteUrl("/tag/t") } }]);
    // Only the body, already sanitized, goes out as HTML.
    expect(item?.["content:encoded"]).toBe("<p>Body</p>");
  });

  it("a comment's text stays text in the description", async () => {
    const { xml } = buildCommentsFeed(channel, [
      {
        id: "c2",
        authorName: typed.author,
        body: "<p>&lt;img src=y onerror=alert(6)&gt;</p>",
        createdAt: "2026-11-20T10:00:00.000Z",
        updatedAt: "2026-11-20T10:00:00.000Z",
        article: { kind: "POST", slug: "a-story", title: typed.title },
      },
    ]);
    const [item] = (await parser.parseString(xml)).items;
    expect(item?.title).toBe(`${typed.author} on “${typed.title}”`);
    expect(elementsIn(item!.content!)).toEqual([]);
    expect(shownText(item!.content!)).toBe(typed.comment);
  });
});

describe("buildCommentsFeed", () => {
  it("names the commenter and the article and links to the comment", async () => {
    const { xml } = buildCommentsFeed(channel, [
      {
        id: "c1",
        authorName: "Reader & <friend>",
        body: "<p>Stay strong ✊ \u0008</p>",
        createdAt: "2026-11-20T10:00:00.000Z",
        updatedAt: "2026-11-20T10:00:00.000Z",
        article: { kind: "POST", slug: "a-story", title: "A story" },
      },
    ]);
    const feed = await parser.parseString(xml);
    expect(feed.items[0]?.title).toBe("Reader & <friend> on “A story”");
    expect(feed.items[0]?.link).toBe(absoluteUrl("/news/a-story#comment-c1"));
    expect(feed.items[0]?.["content:encoded"]).toBe("<p>Stay strong ✊ </p>");
  });
});
