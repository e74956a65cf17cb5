import { describe, expect, it } from "vitest";
import { revisionText } from "@/lib/articles/revision-compare";

describe("the text a revision compare reads", () => {
  it("writes out what the eye does not see: link targets, images and footnote sources", () => {
    const text = revisionText(
      '<p>Read <a href="https://spring96.org/en/news/1">the report</a>.</p>' +
        '<figure class="image"><img src="/media/uploads/a.webp" alt="Court in Minsk"></figure>' +
        '<p>Held since 2021<sup class="footnote" data-source="https://spring96.org/en/news/2">Viasna</sup>.</p>',
    );
    expect(text).toContain("the report [https://spring96.org/en/news/1]");
    expect(text).toContain("[image: Court in Minsk – /media/uploads/a.webp]");
    expect(text).toContain("[source: https://spring96.org/en/news/2]");
  });

  it("tells two footnotes apart by their sources alone", () => {
    const before = revisionText(
      '<p>A<sup class="footnote" data-source="https://a.example/1">Note</sup></p>',
    );
    const after = revisionText(
      '<p>A<sup class="footnote" data-source="https://a.example/2">Note</sup></p>',
    );
    expect(before).not.toEqual(after);
  });
});
