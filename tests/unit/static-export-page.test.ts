import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileForKey } from "@/lib/static-export/addresses";
import { MANIFEST_FILE, parseManifest, sha256 } from "@/lib/static-export/manifest";
import { transformPage } from "@/lib/static-export/page";
import { readPage } from "@/lib/static-export/page-read";
import { linkRewriter } from "@/lib/static-export/resolver";
import { SEARCH_SCRIPT } from "@/lib/static-export/search-index";
import { writeMirror } from "@/lib/static-export/write";

const SITE = "https://campaign.example";
const pageUrl = new URL("/news/released", SITE);
const index = {
  origins: new Set([SITE]),
  files: new Map(
    ["/", "/news/released", "/search", "/petitions/free-them", "/media/a/w480.webp"].map((key) => [
      key,
      fileForKey(key)!,
    ]),
  ),
  aliases: new Map<string, string>(),
};

const PAGE = `<!DOCTYPE html><html lang="be"><head>
<link rel="preload" as="script" href="/_next/static/chunks/a.js"><link rel="modulepreload" href="/_next/b.js">
<link rel="canonical" href="${SITE}/news/released">
<script src="/_next/static/chunks/main.js" async></script><script>self.__next_f.push([1])</script>
<script type="application/ld+json">{"@type":"NewsArticle","url":"${SITE}/news/released","image":["${SITE}/media/a/w480.webp"],"headline":"a \\u003c/script> b"}</script>
</head><body>
<form role="search" action="/search" method="get"><input name="q"></form>
<h1 onclick="alert(1)">Released</h1>
<img src="/media/a/w480.webp" srcset="/media/a/w480.webp 480w, /media/a/gone.webp 960w" alt="">
<button type="button" data-copy="${SITE}/news/released">Copy link</button><a href="javascript:alert(1)">x</a> <a href="/login">Sign in</a>
<section data-comments-section="true"><p><a href="/news/released?replyto=c1#respond" data-reply-to="c1">Reply</a></p>
<div id="respond"><p data-moderation-note="true">A moderator reads</p><div data-comments-enhancer="true"><a href="/news/released?respond=1#respond">Leave a comment</a></div></div></section>
<article data-petition="free-them"><a href="/petitions/free-them/sign" data-sign-link="true">Sign</a>
<form method="post" action="/petitions/free-them/sign"><input name="email"></form></article>
<form role="search" aria-label="Filter the list" action="/people" method="get"><select name="status"></select></form>
<noscript><p>Shown without scripts</p></noscript>
<footer><a href="/petitions/free-them/sign">Sign the petition</a></footer>
</body></html>`;

function transform(onionUrl: string | null = null) {
  return transformPage(PAGE, {
    lang: "be",
    mainUrl: `${SITE}/news/released`,
    onionUrl,
    rewrite: linkRewriter(index, pageUrl, "news/released/index.html"),
  });
}

describe("a page of the mirror", () => {
  it("keeps no script but the JSON-LD, no script preload, no handler and no javascript: link", () => {
    const out = transform();
    expect(out).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(out).not.toContain("modulepreload");
    expect(out).not.toContain('as="script"');
    expect(out).not.toMatch(/onclick|javascript:/i);
    expect(out).not.toContain("Copy link");
    expect(out).toContain("<p>Shown without scripts</p>");
    expect(out).not.toContain("<noscript>");
  });

  it("makes the JSON-LD's addresses relative and keeps it a safe data block", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(transform())?.[1];
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json!)).toEqual({
      "@type": "NewsArticle",
      url: "index.html",
      image: ["../../media/a/w480.webp"],
      headline: "a </script> b",
    });
  });

  it("turns the comment box and the signing into notes in the page's language, linking the main site and the onion site", () => {
    const onion = "http://abc.onion/news/released";
    const out = transform(onion);
    expect(out).toContain('data-mirror-note="comments"');
    expect(out).toContain("Каментары прымаюцца толькі на асноўным сайце");
    expect(out).toContain(`href="${SITE}/news/released#respond"`);
    expect(out).toContain('data-mirror-note="petition"');
    expect(out).toContain("Подпісы збіраюцца толькі на асноўным сайце");
    expect(out).toContain(`<a href="${onion}"`);
    expect(out).not.toMatch(/<form[^>]*method="post"/);
    expect(out).not.toContain("Reply");
    expect(out).not.toContain("A moderator reads");
    expect(transform()).not.toContain(".onion");
  });

  it("keeps the search form on the mirror's search page, drops the people filter, and links signing to the petition", () => {
    const out = transform();
    expect(out).toContain('<form role="search" action="../../search/index.html" method="get">');
    expect(out).not.toContain('name="status"');
    expect(out).toContain('<a href="../../petitions/free-them/index.html">Sign the petition</a>');
  });

  it("unlinks what the mirror lacks, keeps srcset descriptors, and has no other absolute link", () => {
    const out = transform();
    expect(out).toContain("<a>Sign in</a>");
    expect(out).toContain('srcset="../../media/a/w480.webp 480w"');
    const absolute = [...out.matchAll(/(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(absolute)).toEqual(
      new Set([`${SITE}/news/released#respond`, `${SITE}/news/released`]),
    );
  });

  it("reads what the crawl follows without the scripts' files", () => {
    const { urls, facts } = readPage(PAGE, "en");
    expect(urls).toContain("/media/a/w480.webp");
    expect(urls).toContain("/search");
    expect(urls.some((url) => url.endsWith(".js"))).toBe(false);
    expect(facts).toMatchObject({
      lang: "be",
      canonical: `${SITE}/news/released`,
      title: "Released",
    });
  });

  it("ships a search script under 5 KB", () => {
    expect(Buffer.byteLength(SEARCH_SCRIPT)).toBeLessThan(5 * 1024);
  });
});

describe("writing the mirror again", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "mirror-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function* files(entries: Record<string, string>) {
    for (const [file, content] of Object.entries(entries))
      yield { file, content: Buffer.from(content) };
  }

  it("writes only what changed, removes what is gone (and its empty folders), and lists every hash", async () => {
    const first = await writeMirror(
      folder,
      files({ "index.html": "home", "news/a/index.html": "a", "news/b/index.html": "b" }),
    );
    expect(first).toMatchObject({ written: 3, unchanged: 0, removed: 0, files: 4 });
    const again = await writeMirror(
      folder,
      files({ "index.html": "home", "news/a/index.html": "a", "news/b/index.html": "b" }),
    );
    expect(again).toMatchObject({ written: 0, unchanged: 3, removed: 0 });

    const changed = await writeMirror(
      folder,
      files({ "index.html": "home 2", "news/a/index.html": "a" }),
    );
    expect(changed).toMatchObject({ written: 1, unchanged: 1, removed: 1 });
    await expect(stat(path.join(folder, "news/b"))).rejects.toThrow();
    const manifest = parseManifest(await readFile(path.join(folder, MANIFEST_FILE), "utf8"));
    expect([...manifest.entries()]).toEqual([
      ["index.html", sha256("home 2")],
      ["news/a/index.html", sha256("a")],
    ]);
  });

  it("writes a file again when it was deleted by hand, and leaves files it never wrote", async () => {
    await writeMirror(folder, files({ "index.html": "home" }));
    await rm(path.join(folder, "index.html"));
    await writeFile(path.join(folder, "notes.txt"), "mine");
    const again = await writeMirror(folder, files({ "index.html": "home" }));
    expect(again).toMatchObject({ written: 1, removed: 0 });
    expect(await readFile(path.join(folder, "notes.txt"), "utf8")).toBe("mine");
  });
});
