import { describe, expect, it } from "vitest";
import {
  addressKey,
  fileForKey,
  isLoopbackOrigin,
  relativeHref,
} from "@/lib/static-export/addresses";
import { rewriteCss } from "@/lib/static-export/css";
import { rewriteSrcset } from "@/lib/static-export/html-links";
import { rewriteJson } from "@/lib/static-export/json";
import { type MirrorIndex, linkRewriter } from "@/lib/static-export/resolver";
import { rewriteXml } from "@/lib/static-export/xml";

const ORIGIN = "http://127.0.0.1:3000";
const SITE = "https://campaign.example";
const origins = new Set([ORIGIN, SITE]);

const key = (address: string) => addressKey(new URL(address, ORIGIN));

/** A mirror of these addresses, each in the file fileForKey gives it. */
function mirrorOf(addresses: string[], aliases: Record<string, string> = {}): MirrorIndex {
  return {
    origins,
    files: new Map(addresses.map((address) => [address, fileForKey(address)!])),
    aliases: new Map(Object.entries(aliases)),
  };
}

const index = mirrorOf([
  "/",
  "/be",
  "/news/ales-released",
  "/news/other",
  "/category/news",
  "/category/news/page/2",
  "/sitemap.xml?part=2",
  "/feed.xml",
  "/media/ab12/w480.webp",
  "/media/ab12/w960.webp",
  "/media/ab12/w1600.webp",
  "/fonts/noto.woff2",
  "/_next/static/chunks/site.css",
  "/petitions/free-them",
  "/search",
]);

/** The rewriter of the article page /news/ales-released. */
const fromArticle = linkRewriter(
  index,
  new URL("/news/ales-released", ORIGIN),
  "news/ales-released/index.html",
);

describe("mirror addresses and file names", () => {
  it.each([
    ["/", "index.html"],
    ["/be", "be/index.html"],
    ["/news/ales-released", "news/ales-released/index.html"],
    ["/category/news/page/2", "category/news/page/2/index.html"],
    ["/feed.xml", "feed.xml"],
    ["/manifest.webmanifest", "manifest.webmanifest"],
    ["/media/ab12/w480.webp", "media/ab12/w480.webp"],
    ["/sitemap.xml?part=2", "sitemap-part-2.xml"],
    ["/people?page=2", "people/index-page-2.html"],
  ])("%s is saved as %s", (address, file) => {
    expect(fileForKey(address)).toBe(file);
  });

  it("gives a query that is not plain a hashed name of its own, and refuses dot segments", () => {
    const a = fileForKey("/x?a=b%20c");
    const b = fileForKey("/x?a=b-c");
    expect(a).toMatch(/^x\/index-a-b-20c-[0-9a-f]{10}\.html$/);
    expect(a).not.toBe(b);
    expect(fileForKey("/news/%2e%2e/secret")).toBeNull();
    expect(fileForKey("/news/a%2Fb")).toBeNull();
  });

  it("leaves out the staff area, sign-in, the API, previews, live views and signing", () => {
    for (const address of [
      "/admin",
      "/admin/articles",
      "/login",
      "/api/health",
      "/preview/abc",
      "/be/preview/abc",
      "/news/x/live",
      "/ru/news/x/live",
      "/petitions/confirm?token=1",
      "/petitions/withdraw",
      "/petitions/x/signed",
      "/comments/unsubscribe",
      "/search?q=prison",
      "/people?status=released",
    ]) {
      expect(key(address), address).toBeNull();
    }
  });

  it("keeps the search and people pages, drops the comment form's parameters, and sends signing to the petition", () => {
    expect(key("/search")).toBe("/search");
    expect(key("/be/people")).toBe("/be/people");
    expect(key("/news/x?respond=1#respond")).toBe("/news/x");
    expect(key("/news/x?replyto=abc#respond")).toBe("/news/x");
    expect(key("/news/x/")).toBe("/news/x");
    expect(key("/petitions/free-them/sign")).toBe("/petitions/free-them");
    expect(key("/be/petitions/free-them/sign")).toBe("/be/petitions/free-them");
  });

  it("tells an address only this machine can open (SITE_URL not set) from a public one", () => {
    expect(isLoopbackOrigin("http://localhost:3000")).toBe(true);
    expect(isLoopbackOrigin("http://127.0.0.1:3000")).toBe(true);
    expect(isLoopbackOrigin("https://campaign.example")).toBe(false);
    expect(isLoopbackOrigin("https://localhost.example.org")).toBe(false);
  });

  it("links files relatively, percent-encoding what needs it", () => {
    expect(relativeHref("news/x/index.html", "index.html")).toBe("../../index.html");
    expect(relativeHref("index.html", "news/x/index.html")).toBe("news/x/index.html");
    expect(relativeHref("news/x/index.html", "news/x/comments/feed.xml")).toBe("comments/feed.xml");
    expect(relativeHref("a/index.html", "b/с пробелом/index.html", "#top")).toBe(
      "../b/%D1%81%20%D0%BF%D1%80%D0%BE%D0%B1%D0%B5%D0%BB%D0%BE%D0%BC/index.html#top",
    );
  });
});

describe("links from a page", () => {
  it("makes root-relative, relative and absolute site addresses relative (either origin)", () => {
    expect(fromArticle("/")).toBe("../../index.html");
    expect(fromArticle("other")).toBe("../other/index.html");
    expect(fromArticle(`${SITE}/category/news`)).toBe("../../category/news/index.html");
    expect(fromArticle(`${ORIGIN}/be`)).toBe("../../be/index.html");
  });

  it("keeps #fragments, and a link to the page itself is its fragment alone", () => {
    expect(fromArticle("/news/other#comments")).toBe("../other/index.html#comments");
    expect(fromArticle("/news/ales-released?respond=1#respond")).toBe("#respond");
    expect(fromArticle(`${SITE}/news/ales-released#comment-1`)).toBe("#comment-1");
  });

  it("maps an address with a ?query to its plain file name", () => {
    expect(fromArticle("/sitemap.xml?part=2")).toBe("../../sitemap-part-2.xml");
    expect(fromArticle("/sitemap.xml?part=3")).toBeNull();
  });

  it("sends a search to the mirror's search page with the same words", () => {
    expect(fromArticle("/search?q=political%20prisoners&page=2")).toBe(
      "../../search/index.html?q=political%20prisoners",
    );
    expect(fromArticle("/be/search?q=x")).toBeNull();
  });

  it("follows redirects to the file they lead to", () => {
    const withAlias = mirrorOf(["/news/new"], { "/news/old": "/news/new" });
    const rewrite = linkRewriter(withAlias, new URL("/", ORIGIN), "index.html");
    expect(rewrite("/news/old")).toBe("news/new/index.html");
  });

  it("leaves other sites, mailto:, data: and fragments alone, and unlinks what is not mirrored", () => {
    expect(fromArticle("https://example.org/x")).toBeUndefined();
    expect(fromArticle("mailto:a@example.org")).toBeUndefined();
    expect(fromArticle("data:image/png;base64,AAAA")).toBeUndefined();
    expect(fromArticle("#main")).toBeUndefined();
    expect(fromArticle("/login")).toBeNull();
    expect(fromArticle("/admin/articles")).toBeNull();
    expect(fromArticle("/news/never-fetched")).toBeNull();
  });
});

describe("srcset", () => {
  it("rewrites every candidate and keeps its width descriptor", () => {
    expect(
      rewriteSrcset(
        "/media/ab12/w480.webp 480w, /media/ab12/w960.webp 960w,\n  /media/ab12/w1600.webp 1600w",
        fromArticle,
      ),
    ).toBe(
      "../../media/ab12/w480.webp 480w, ../../media/ab12/w960.webp 960w, ../../media/ab12/w1600.webp 1600w",
    );
  });

  it("keeps density descriptors and other sites' candidates, and drops candidates not mirrored", () => {
    expect(
      rewriteSrcset(
        `${SITE}/media/ab12/w480.webp 1x, https://cdn.example/big.webp 2x, /media/gone.webp 3x`,
        fromArticle,
      ),
    ).toBe("../../media/ab12/w480.webp 1x, https://cdn.example/big.webp 2x");
    expect(rewriteSrcset("/media/gone.webp 480w", fromArticle)).toBeNull();
  });

  it("handles a single candidate without a descriptor", () => {
    expect(rewriteSrcset("/media/ab12/w960.webp", fromArticle)).toBe("../../media/ab12/w960.webp");
  });
});

describe("CSS url()", () => {
  const fromSheet = linkRewriter(
    index,
    new URL("/_next/static/chunks/site.css", ORIGIN),
    "_next/static/chunks/site.css",
  );

  it("rewrites url() without quotes, with double and with single quotes", () => {
    const css = `@font-face{font-family:Noto;src:url(/fonts/noto.woff2) format("woff2")}
.a{background:url("/media/ab12/w480.webp")}
.b{background-image:url('${SITE}/media/ab12/w960.webp')}`;
    expect(rewriteCss(css, fromSheet))
      .toBe(`@font-face{font-family:Noto;src:url(../../../fonts/noto.woff2) format("woff2")}
.a{background:url("../../../media/ab12/w480.webp")}
.b{background-image:url('../../../media/ab12/w960.webp')}`);
  });

  it("rewrites image-set() strings and @import, and leaves data:, other sites and comments", () => {
    const css = `@import "/_next/static/chunks/site.css";
/* url(/fonts/noto.woff2) is only mentioned here */
.c{background:image-set("/media/ab12/w480.webp" 1x, url(/media/ab12/w960.webp) 2x)}
.d{background:url(data:image/png;base64,AAAA)}
.e{background:url(https://cdn.example/x.png)}`;
    expect(rewriteCss(css, fromSheet)).toBe(`@import "site.css";
/* url(/fonts/noto.woff2) is only mentioned here */
.c{background:image-set("../../../media/ab12/w480.webp" 1x, url(../../../media/ab12/w960.webp) 2x)}
.d{background:url(data:image/png;base64,AAAA)}
.e{background:url(https://cdn.example/x.png)}`);
  });

  it("points a url() the mirror lacks at nothing rather than at the site", () => {
    expect(rewriteCss(".x{background:url(/media/gone.webp)}", fromSheet)).toBe(
      ".x{background:url(data:,)}",
    );
  });

  it("works on a style attribute's declarations", () => {
    expect(rewriteCss("color:red;background:url(/media/ab12/w480.webp)", fromArticle)).toBe(
      "color:red;background:url(../../media/ab12/w480.webp)",
    );
  });
});

describe("feeds", () => {
  const fromFeed = linkRewriter(index, new URL("/feed.xml", ORIGIN), "feed.xml");
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><link>${SITE}/</link><atom:link href="${SITE}/feed.xml" rel="self" type="application/rss+xml"/>
<item><title>Released</title><link>${SITE}/news/ales-released</link><guid isPermaLink="true">${SITE}/news/ales-released</guid><comments>${SITE}/news/ales-released#comments</comments><category domain="${SITE}/category/news">News</category>
<description>See ${SITE}/news/other?respond=1&amp;replyto=2 too</description>
<content:encoded><![CDATA[<p><a href="/news/other">Other</a> <img src="${SITE}/media/ab12/w480.webp" srcset="/media/ab12/w480.webp 480w, /media/ab12/w960.webp 960w" alt=""> <a href="https://example.org/">elsewhere</a></p>]]></content:encoded></item>
<item><link>${SITE}/news/never-fetched</link></item></channel></rss>`;

  it("makes <link>, <guid>, atom:link, comments and category domains relative to the feed", () => {
    const out = rewriteXml(feed, origins, fromFeed);
    expect(out).toContain("<link>index.html</link>");
    expect(out).toContain('<atom:link href="feed.xml" rel="self"');
    expect(out).toContain("<link>news/ales-released/index.html</link>");
    expect(out).toContain('<guid isPermaLink="true">news/ales-released/index.html</guid>');
    expect(out).toContain("<comments>news/ales-released/index.html#comments</comments>");
    expect(out).toContain('<category domain="category/news/index.html">News</category>');
    expect(out).toContain(`<link>${SITE}/news/never-fetched</link>`);
  });

  it("rewrites the links and images of an item's HTML, root-relative ones too", () => {
    const out = rewriteXml(feed, origins, fromFeed);
    expect(out).toContain(
      '<![CDATA[<p><a href="news/other/index.html">Other</a> <img src="media/ab12/w480.webp" srcset="media/ab12/w480.webp 480w, media/ab12/w960.webp 960w" alt=""> <a href="https://example.org/">elsewhere</a></p>]]>',
    );
    expect(out).toContain("<description>See news/other/index.html too</description>");
  });

  it("rewrites a sitemap's <loc> and hreflang links", () => {
    const sitemap = `<urlset><url><loc>${SITE}/</loc><xhtml:link rel="alternate" hreflang="be" href="${SITE}/be"/></url><url><loc>${SITE}/sitemap.xml?part=2</loc></url></urlset>`;
    const fromSitemap = linkRewriter(index, new URL("/sitemap.xml", ORIGIN), "sitemap.xml");
    expect(rewriteXml(sitemap, origins, fromSitemap)).toBe(
      '<urlset><url><loc>index.html</loc><xhtml:link rel="alternate" hreflang="be" href="be/index.html"/></url><url><loc>sitemap-part-2.xml</loc></url></urlset>',
    );
  });
});

describe("JSON files", () => {
  it("makes a web manifest's root-relative icons and start address relative, and leaves other text", () => {
    const manifest = JSON.stringify({
      name: "Free Ales",
      description: "/not an address",
      start_url: "/",
      icons: [{ src: "/media/ab12/w480.webp", sizes: "480x480" }],
    });
    const fromManifest = linkRewriter(
      index,
      new URL("/manifest.webmanifest", ORIGIN),
      "manifest.webmanifest",
    );
    expect(JSON.parse(rewriteJson(manifest, fromManifest))).toEqual({
      name: "Free Ales",
      description: "/not an address",
      start_url: "index.html",
      icons: [{ src: "media/ab12/w480.webp", sizes: "480x480" }],
    });
  });

  it("keeps the layout of an indented file and an absolute address the mirror lacks", () => {
    const people = `{\n  "url": "${SITE}/news/other",\n  "list": "${SITE}/people"\n}\n`;
    expect(rewriteJson(people, fromArticle)).toBe(
      `{\n  "url": "../other/index.html",\n  "list": "${SITE}/people"\n}\n`,
    );
  });
});
