import { describe, expect, it } from "vitest";
import {
  type BodyContext,
  type BodyMedia,
  type BodyResult,
  convertBody,
} from "@/lib/import/wordpress/body";
import { originalUploadUrl } from "@/lib/import/wordpress/images";
import { sanitizeArticleHtml } from "@/lib/sanitize";

const OLD = "http://old-campaign.example";
const UPLOADS = `${OLD}/wp-content/uploads/2020/05`;
const VIDEO = "dQw4w9WgXcQ";

const media = (id: number, name: string, alt: string, caption = ""): BodyMedia => ({
  id: `media-${id}`,
  src: `/media/import/${name}.webp`,
  width: 1200,
  height: 800,
  alt,
  caption,
});

const MEDIA = new Map<number, BodyMedia>([
  [12, media(12, "vigil", "Candles at the vigil", "The vigil on Tuesday")],
  [13, media(13, "court", "The court building")],
  [14, media(14, "march", "")],
  ...[20, 21, 22, 23, 24, 25, 26].map((id): [number, BodyMedia] => [id, media(id, `g${id}`, "")]),
]);
const FILES: Record<string, number> = {
  [`${UPLOADS}/vigil.jpg`]: 12,
  [`${UPLOADS}/court.jpg`]: 13,
  [`${UPLOADS}/march.jpg`]: 14,
};

/** As the importer does it: ids, and file addresses with their size suffixes taken off. */
const context: BodyContext = {
  siteUrl: OLD,
  mediaById: (id) => MEDIA.get(id) ?? null,
  mediaByUrl: (url) => MEDIA.get(FILES[originalUploadUrl(url)] ?? 0) ?? null,
};

const convert = (content: string): BodyResult => convertBody(content, context);
const embed = (id = VIDEO) =>
  `<figure class="embed" data-provider="youtube" data-id="${id}"><a href="https://www.youtube.com/watch?v=${id}">https://www.youtube.com/watch?v=${id}</a></figure>`;

describe("originalUploadUrl", () => {
  it("takes WordPress's size, scaled, rotated and edit suffixes off the file name only", () => {
    expect(originalUploadUrl(`${UPLOADS}/photo-300x200.jpg`)).toBe(`${UPLOADS}/photo.jpg`);
    expect(originalUploadUrl(`${UPLOADS}/photo-scaled.jpeg`)).toBe(`${UPLOADS}/photo.jpeg`);
    expect(originalUploadUrl(`${UPLOADS}/photo-rotated.png`)).toBe(`${UPLOADS}/photo.png`);
    expect(originalUploadUrl(`${UPLOADS}/photo-e1612345678901-1024x683.jpg?w=2`)).toBe(
      `${UPLOADS}/photo.jpg?w=2`,
    );
    expect(originalUploadUrl(`${OLD}/wp-content/uploads/2020-300x200/a-2020.jpg`)).toBe(
      `${OLD}/wp-content/uploads/2020-300x200/a-2020.jpg`,
    );
    expect(originalUploadUrl(`${UPLOADS}/report-1x1-final.pdf`)).toBe(
      `${UPLOADS}/report-1x1-final.pdf`,
    );
  });
});

describe("a classic post", () => {
  it("gets paragraphs and line breaks where WordPress made them", () => {
    const { html } = convert(
      "They were detained on Monday.\nTheir families wait.\n\nWrite to them.",
    );
    expect(html).toBe(
      "<p>They were detained on Monday.<br>\nTheir families wait.</p>\n<p>Write to them.</p>",
    );
  });

  it("turns a [caption] into a figure with its caption and the imported image", () => {
    const { html, missingImages } = convert(
      `Before.\n\n[caption id="attachment_12" align="aligncenter" width="300"]<a href="${UPLOADS}/vigil.jpg"><img class="size-medium" src="${UPLOADS}/vigil-300x200.jpg" alt="" width="300" height="200" /></a> Vigil <em>outside</em> the court[/caption]\n\nAfter.`,
    );
    expect(html).toBe(
      '<p>Before.</p>\n<figure class="image"><img src="/media/import/vigil.webp" alt="Candles at the vigil" width="1200" height="800"><figcaption>Vigil <em>outside</em> the court</figcaption></figure>\n<p>After.</p>',
    );
    expect(missingImages).toEqual([]);
  });

  it("reads the caption attribute form, and the image's own alt text wins", () => {
    const { html } = convert(
      `[caption id="attachment_13" caption="The court, 2020"]<img src="${UPLOADS}/court.jpg" alt="Court in the rain">[/caption]`,
    );
    expect(html).toBe(
      '<figure class="image"><img src="/media/import/court.webp" alt="Court in the rain" width="1200" height="800"><figcaption>The court, 2020</figcaption></figure>',
    );
  });

  it("lifts an image out of its paragraph, keeping a link that goes elsewhere", () => {
    const { html } = convert(
      `<img class="alignleft wp-image-14" src="${UPLOADS}/march-150x150.jpg">Thousands marched.\n\nSee <a href="${OLD}/2020/05/march/">the report</a>.\n\n<a href="https://example.org/petition"><img src="${UPLOADS}/court.jpg" alt="Sign"></a>`,
    );
    expect(html).toBe(
      '<figure class="image"><img src="/media/import/march.webp" alt="" width="1200" height="800"></figure><p>Thousands marched.</p>\n' +
        `<p>See <a href="${OLD}/2020/05/march/">the report</a>.</p>\n` +
        '<figure class="image"><a href="https://example.org/petition"><img src="/media/import/court.webp" alt="Sign" width="1200" height="800"></a></figure>',
    );
  });
});

describe("a block-editor post", () => {
  const post = [
    "<!-- wp:paragraph -->",
    "<p>One line\nstill the same paragraph</p>",
    "<!-- /wp:paragraph -->",
    '<!-- wp:image {"id":12,"sizeSlug":"large","linkDestination":"media"} -->',
    `<figure class="wp-block-image size-large"><a href="${UPLOADS}/vigil.jpg"><img src="${UPLOADS}/vigil-1024x683.jpg" alt="" class="wp-image-12" srcset="${UPLOADS}/vigil-1024x683.jpg 1024w, ${UPLOADS}/vigil-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px"/></a><figcaption class="wp-element-caption">Tuesday night</figcaption></figure>`,
    "<!-- /wp:image -->",
    '<!-- wp:latest-posts {"postsToShow":3} /-->',
  ].join("\n");

  it("loses its block comments but gets no paragraphs or breaks added", () => {
    const { html } = convert(post);
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("wp:");
    expect(html).toContain("<p>One line\nstill the same paragraph</p>");
    expect(html).not.toContain("<br>");
  });

  it("makes a wp:image figure the editor's own, without the old srcset or the media-file link", () => {
    const { html } = convert(post);
    expect(html).toContain(
      '<figure class="image"><img src="/media/import/vigil.webp" alt="Candles at the vigil" width="1200" height="800"><figcaption>Tuesday night</figcaption></figure>',
    );
    expect(html).not.toMatch(/srcset|sizes=|wp-content/);
  });

  it("prefers the wp-image-N id to the file address", () => {
    const { html } = convert(`<p><img class="wp-image-13" src="${UPLOADS}/vigil.jpg" alt=""></p>`);
    expect(html).toContain('src="/media/import/court.webp"');
  });

  it("turns a gallery block into the editor's gallery, captions kept", () => {
    const { html } = convert(
      `<!-- wp:gallery --><figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":12} --><figure class="wp-block-image"><img src="${UPLOADS}/vigil.jpg" class="wp-image-12"/><figcaption>First</figcaption></figure><!-- /wp:image --><!-- wp:image {"id":13} --><figure class="wp-block-image"><img src="${UPLOADS}/court.jpg" class="wp-image-13"/></figure><!-- /wp:image --></figure><!-- /wp:gallery -->`,
    );
    expect(html).toBe(
      '<figure class="gallery"><figure class="image"><img src="/media/import/vigil.webp" alt="Candles at the vigil" width="1200" height="800"><figcaption>First</figcaption></figure><figure class="image"><img src="/media/import/court.webp" alt="The court building" width="1200" height="800"></figure></figure>',
    );
  });
});

describe("galleries", () => {
  const images = (html: string) => html.match(/<figure class="image">/g)?.length ?? 0;

  it("makes [gallery ids] a gallery, leaving out and reporting ids with no image", () => {
    const { html, missingImages } = convert('[gallery ids="12, 99,13"]');
    expect(html).toMatch(
      /^<figure class="gallery">(<figure class="image">.*?<\/figure>){2}<\/figure>$/,
    );
    expect(html).toContain("<figcaption>The vigil on Tuesday</figcaption>");
    expect(missingImages).toEqual(["attachment 99"]);
  });

  it("cuts more than six images into even galleries, and shows one image as a figure", () => {
    const seven = convert('[gallery ids="20,21,22,23,24,25,26"]').html;
    const galleries = seven.split('<figure class="gallery">').slice(1);
    expect(galleries.map(images)).toEqual([4, 3]);
    expect(convert('[gallery ids="12"]').html).toMatch(/^<figure class="image"><img src="\/media/);
  });
});

describe("embeds", () => {
  it("come from [embed], a bare address on its own line and WordPress's embed block", () => {
    expect(convert(`[embed]https://youtu.be/${VIDEO}[/embed]`).html).toBe(embed());
    expect(convert(`Watch:\n\nhttps://www.youtube.com/watch?v=${VIDEO}\n\nThen act.`).html).toBe(
      `<p>Watch:</p>\n${embed()}\n<p>Then act.</p>`,
    );
    expect(
      convert(`<!-- wp:paragraph --><p>https://youtu.be/${VIDEO}</p><!-- /wp:paragraph -->`).html,
    ).toBe(embed());
    expect(
      convert(
        `<!-- wp:embed {"url":"https://youtu.be/${VIDEO}"} --><figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/${VIDEO}\n</div></figure><!-- /wp:embed -->`,
      ).html,
    ).toBe(embed());
  });

  it("leave an address no provider is known for as a plain link", () => {
    expect(convert("https://example.org/report\n\nMore.").html).toBe(
      '<p><a href="https://example.org/report">https://example.org/report</a></p>\n<p>More.</p>',
    );
  });
});

describe("shortcodes left behind", () => {
  it("stay as text and are counted by name, while bracketed prose is not counted", () => {
    const result = convert(
      'Sign below [contact-form-7 id="5" title="Sign"] and [contact-form-7 id="5"].\n\nHe said [sic] it twice [1], [citation needed].\n\n[[gallery]] shows how.',
    );
    expect(result.html).toContain('[contact-form-7 id="5" title="Sign"]');
    expect(result.html).toContain("He said [sic] it twice [1], [citation needed].");
    expect(result.html).toContain("<p>[gallery] shows how.</p>");
    expect(result.unknownShortcodes).toEqual({ "contact-form-7": 2 });
  });
});

describe("images with no imported media", () => {
  it("keep their old address and are listed", () => {
    const gone = `${OLD}/wp-content/uploads/2019/01/gone-300x200.jpg`;
    const { html, missingImages } = convert(
      `<p><img src="/wp-content/uploads/2019/01/lost.jpg" alt="Lost"></p><p><img src="${gone}" srcset="${gone} 300w" alt=""></p>`,
    );
    expect(html).toBe(
      `<figure class="image"><img src="/wp-content/uploads/2019/01/lost.jpg" alt="Lost"></figure>\n<figure class="image"><img src="${gone}" alt=""></figure>`,
    );
    expect(missingImages).toEqual([`${OLD}/wp-content/uploads/2019/01/lost.jpg`, gone]);
  });
});

describe("the result, once sanitized", () => {
  it("still has its figures, gallery and embed", () => {
    const { html } = convert(
      `[caption id="attachment_12"]<img src="${UPLOADS}/vigil.jpg"> Vigil[/caption]\n\n[gallery ids="13,14"]\n\n[embed]https://youtu.be/${VIDEO}[/embed]`,
    );
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain(
      '<figure class="image"><img src="/media/import/vigil.webp" alt="Candles at the vigil" width="1200" height="800"><figcaption>Vigil</figcaption></figure>',
    );
    expect(clean).toMatch(
      /<figure class="gallery">(<figure class="image"><img [^>]+><\/figure>){2}<\/figure>/,
    );
    expect(clean).toContain(
      `<figure class="embed" data-provider="youtube" data-id="${VIDEO}"><a href="https://www.youtube.com/watch?v=${VIDEO}" rel="noopener">`,
    );
  });
});
