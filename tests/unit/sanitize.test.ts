import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/html-text";
import {
  COMMENT_ALLOWED_TAGS_HINT,
  sanitizeArticleHtml,
  sanitizeCommentHtml,
} from "@/lib/sanitize";

describe("article HTML as staff save it", () => {
  it("keeps the editor's formatting, tables, figures and this site's images", () => {
    const html =
      '<h2>Trial</h2><p><strong>Bold</strong>, <em>em</em>, <a href="https://viasna.org/x">out</a>, <a href="/news/y">in</a>, <a href="#note">note</a></p>' +
      '<figure class="image"><img src="/media/a/w960.webp" srcset="/media/a/w480.webp 480w, /media/a/w960.webp 960w" alt="Court" width="960" height="640"><figcaption>Minsk</figcaption></figure>' +
      '<table><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td colspan="2">2011</td></tr></tbody></table>' +
      '<figure class="video-embed" data-provider="youtube" data-video-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Video</a></figure>' +
      '<blockquote cite="https://example.org/q"><p>Quote</p></blockquote><ol start="3"><li>three</li></ol>';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain("<h2>Trial</h2>");
    expect(clean).toContain('<a href="https://viasna.org/x" rel="noopener">out</a>');
    expect(clean).toContain('<a href="/news/y">in</a>');
    expect(clean).toContain('<a href="#note">note</a>');
    expect(clean).toContain(
      '<img src="/media/a/w960.webp" srcset="/media/a/w480.webp 480w, /media/a/w960.webp 960w" alt="Court" width="960" height="640">',
    );
    expect(clean).toContain('<th scope="col">Year</th>');
    expect(clean).toContain('<td colspan="2">2011</td>');
    expect(clean).toContain(
      '<figure class="embed" data-provider="youtube" data-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">Video</a></figure>',
    );
    expect(clean).toContain('<blockquote cite="https://example.org/q">');
    expect(clean).toContain('<ol start="3">');
  });

  it("removes script, handlers, styles, other sites' images and dangerous links", () => {
    const clean = sanitizeArticleHtml(
      '<p onclick="alert(1)" style="color:red" class="x">Hi<script>alert(2)</script></p>' +
        '<img src="https://tracker.example/pixel.gif" alt="pixel">' +
        '<img src="//tracker.example/p.gif"><img src="/media/ok.webp" srcset="https://cdn.example/a.webp 480w, /media/ok.webp 960w">' +
        '<a href="javascript:alert(3)">js</a><a href="java&#x09;script:alert(4)">tab</a><a href="//evil.example/">pr</a>' +
        '<a href="data:text/html,<script>alert(5)</script>">data</a><iframe src="https://evil.example"></iframe>' +
        '<figure data-provider="evil" class="video-embed"><p>gone</p></figure><figure class="image other">f</figure>' +
        '<svg><animate attributeName="href" values="javascript:alert(6)"/></svg><noscript><p title="</noscript><img src=x onerror=alert(7)>"></noscript>',
    );
    expect(clean).not.toMatch(/script|onclick|onerror|style=|tracker|evil|iframe|svg|alert/i);
    expect(clean).toContain("<p>Hi</p>");
    expect(clean).toContain('<img src="/media/ok.webp" srcset="/media/ok.webp 960w">');
    expect(clean).toContain("<a>js</a>");
    expect(clean).toContain("<a>pr</a>");
    expect(clean).not.toContain("gone");
    expect(clean).toContain('<figure class="image">f</figure>');
  });
});

describe("reader comments", () => {
  it("makes paragraphs and line breaks from what was typed", () => {
    expect(sanitizeCommentHtml("First line\nsecond line\n\nNew paragraph")).toBe(
      "<p>First line<br>second line</p><p>New paragraph</p>",
    );
  });

  it("keeps the promised tags, forces rel on links and keeps only absolute links", () => {
    const clean = sanitizeCommentHtml(
      '<b>b</b> <abbr title="Human Rights Centre">HRC</abbr> <q cite="https://example.org">q</q> ' +
        '<a href="https://viasna.org" rel="dofollow" title="V">V</a> <a href="/admin">rel</a> <a href="mailto:a@example.org">m</a>',
    );
    expect(clean).toContain("<b>b</b>");
    expect(clean).toContain('<abbr title="Human Rights Centre">HRC</abbr>');
    expect(clean).toContain('<q cite="https://example.org">q</q>');
    expect(clean).toContain(
      '<a href="https://viasna.org" rel="nofollow ugc noopener" title="V">V</a>',
    );
    expect(clean).toContain('<a rel="nofollow ugc noopener">rel</a>');
    expect(clean).toContain('<a href="mailto:a@example.org" rel="nofollow ugc noopener">m</a>');
  });

  it("turns the obsolete acronym and strike into abbr and del, and no longer offers them", () => {
    expect(sanitizeCommentHtml('<acronym title="x">NGO</acronym> <strike>old</strike>')).toBe(
      '<p><abbr title="x">NGO</abbr> <del>old</del></p>',
    );
    expect(COMMENT_ALLOWED_TAGS_HINT).not.toMatch(/acronym|strike/);
    expect(COMMENT_ALLOWED_TAGS_HINT).toContain('<abbr title="">');
  });

  it("drops what the form does not allow", () => {
    const clean = sanitizeCommentHtml(
      'Look <u>Big</u><img src="/media/x.webp"><a href="javascript:alert(1)" onclick="x()">x</a><span style="x">s</span>',
    );
    expect(clean).toBe('<p>Look Big<a rel="nofollow ugc noopener">x</a>s</p>');
  });
});

describe("plain text of HTML", () => {
  it("decodes entities, spaces blocks and drops scripts", () => {
    expect(htmlToText("<p>Free&nbsp;Ales&amp;co</p><p>Next</p><script>x()</script>")).toBe(
      "Free Ales&co Next",
    );
    expect(htmlToText("&lt;img src=x onerror=alert(1)&gt;")).toBe("<img src=x onerror=alert(1)>");
  });

  it("keeps one block per line when asked", () => {
    expect(
      htmlToText("<h2>Title</h2><p>One<br>Two</p><ul><li>a</li><li>b</li></ul>", { lines: true }),
    ).toBe("Title\nOne\nTwo\na\nb");
  });
});
