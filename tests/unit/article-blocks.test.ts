import { describe, expect, it } from "vitest";
import { renderArticleBody } from "@/lib/articles/body-render";
import { blockMessages } from "@/lib/i18n/messages/blocks";
import { sanitizeArticleHtml } from "@/lib/sanitize";

const YT = "dQw4w9WgXcQ";

describe("the editor's blocks through the sanitizer", () => {
  it("keeps each block exactly as the editor writes it", () => {
    const blocks = [
      '<div class="callout" role="note"><p>Sources asked not to be named.</p></div>',
      '<blockquote class="pullquote"><p>They took everything.</p></blockquote>',
      '<figure class="gallery"><figure class="image"><img src="/media/a.webp" alt="Court"><figcaption>Minsk</figcaption></figure><figure class="image"><img src="/media/b.webp" alt="Vigil"></figure></figure>',
      "<table><tbody><tr><th><p>Year</p></th></tr><tr><td><p>2021</p></td></tr></tbody></table>",
      "<hr>",
      '<p>Sentenced<sup class="footnote" data-source="https://spring96.org/en/news/1">Viasna report, 2023</sup>.</p>',
      `<figure class="embed" data-provider="youtube" data-id="${YT}"><img src="/media/t.webp" alt=""><a href="https://www.youtube.com/watch?v=${YT}" rel="noopener">Trial</a></figure>`,
      '<figure class="embed" data-provider="telegram" data-id="viasna96/123"><a href="https://t.me/viasna96/123" rel="noopener">Post</a></figure>',
    ];
    for (const block of blocks) expect(sanitizeArticleHtml(block)).toBe(block);
  });

  it("strips classes, attributes and frames the blocks do not use", () => {
    const clean = sanitizeArticleHtml(
      '<div class="callout evil" role="alert" onclick="x()"><p>a</p></div><div class="wrapper"><p>b</p></div>' +
        '<blockquote class="other"><p>q</p></blockquote>' +
        '<figure class="gallery"><figure class="image"><img src="https://evil.example/x.jpg" alt=""></figure><p>junk</p></figure>' +
        '<p><sup class="footnote" data-source="javascript:alert(1)"><b>note</b></sup><sup class="x" data-source="https://a.example">2</sup></p>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
    );
    expect(clean).toBe(
      '<div class="callout" role="note"><p>a</p></div><p>b</p><blockquote><p>q</p></blockquote>' +
        '<p><sup class="footnote">note</sup><sup>2</sup></p>',
    );
  });

  it("keeps a gallery left with one image as that image, not a gallery of one", () => {
    expect(
      sanitizeArticleHtml(
        '<figure class="gallery"><figure class="image"><img src="/media/a.webp" alt="Court"></figure>' +
          '<figure class="image"><img src="https://evil.example/x.jpg" alt=""></figure></figure>',
      ),
    ).toBe('<figure class="image"><img src="/media/a.webp" alt="Court"></figure>');
  });

  it("drops an embed with an unknown provider or a malformed id, and rebuilds a good one", () => {
    expect(
      sanitizeArticleHtml(
        '<figure class="embed" data-provider="evil" data-id="dQw4w9WgXcQ"><a href="https://evil.example">x</a></figure>' +
          '<figure class="embed" data-provider="youtube" data-id="../../x"><a href="https://www.youtube.com/">x</a></figure>' +
          '<figure class="embed" data-provider="x" data-id="12ab"><a href="https://x.com/">x</a></figure>',
      ),
    ).toBe("");
    expect(
      sanitizeArticleHtml(
        `<figure class="embed" data-provider="vimeo" data-id="123456789" data-frame="https://evil.example"><img src="https://evil.example/t.jpg"><a href="https://evil.example">Talk</a><iframe src="https://evil.example"></iframe></figure>`,
      ),
    ).toBe(
      '<figure class="embed" data-provider="vimeo" data-id="123456789"><a href="https://vimeo.com/123456789" rel="noopener">Talk</a></figure>',
    );
  });
});

describe("the blocks as readers get them", () => {
  const t = blockMessages.en;

  it("numbers footnotes in reading order and lists them with sources and back-links", () => {
    const { html } = renderArticleBody(
      '<p>One<sup class="footnote" data-source="https://www.spring96.org/a">First note</sup> and two<sup class="footnote">Second note</sup>.</p>',
      t,
    );
    expect(html).toContain(
      '<sup class="footnote-ref" id="fnref-1"><a href="#fn-1" aria-label="Note 1">1</a></sup>',
    );
    expect(html).toContain('<a href="#fn-2" aria-label="Note 2">2</a>');
    expect(html).toMatch(
      /<section class="footnotes"[^>]*><h2 id="fn-title">Notes<\/h2><ol><li id="fn-1">First note Source: <a href="https:\/\/www.spring96.org\/a" rel="noopener">spring96.org<\/a> <a href="#fnref-1"[^>]*>↩<\/a><\/li><li id="fn-2">Second note <a href="#fnref-2"/,
    );
  });

  it("makes an embed a facade that links to the post and names the player's site", () => {
    const { html, hasEmbeds } = renderArticleBody(
      `<figure class="embed" data-provider="youtube" data-id="${YT}"><img src="/media/t.webp" alt=""><a href="https://www.youtube.com/watch?v=${YT}">Trial</a></figure>` +
        '<figure class="video-embed" data-provider="vimeo" data-video-id="123456789"><a href="https://vimeo.com/123456789">Old</a></figure>',
      t,
    );
    expect(hasEmbeds).toBe(true);
    expect(html).not.toContain("<iframe");
    expect(html).toContain(`data-frame="https://www.youtube-nocookie.com/embed/${YT}?autoplay=1"`);
    expect(html).toContain('data-play="Play – loads from youtube.com"');
    expect(html).toContain(`<a class="embed-facade" href="https://www.youtube.com/watch?v=${YT}">`);
    expect(html).toContain('<span class="embed-title">Old</span>');
    expect(html).toContain('<span class="embed-action">Watch on vimeo.com</span>');
  });

  it("puts a table in a box that scrolls, and leaves a body without blocks untouched", () => {
    const { html } = renderArticleBody("<table><tbody><tr><th>Year</th></tr></tbody></table>", t);
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table (scrolls sideways)"><table><tbody><tr><th scope="col">Year</th></tr></tbody></table></div>',
    );
    expect(renderArticleBody("<p>Plain</p>", t)).toEqual({
      html: "<p>Plain</p>",
      hasEmbeds: false,
    });
  });
});
