import { describe, expect, it } from "vitest";
import {
  ArticleInputSchema,
  formatLocalDateTime,
  parseLocalDateTime,
  parseTagNames,
} from "@/lib/articles/schemas";

describe("article form schema", () => {
  it("reads checkboxes, lists and tags as the form sends them", () => {
    const input = ArticleInputSchema.parse({
      title: "  Verdict  ",
      commentsOpen: "on",
      categoryIds: "c1",
      tags: "Viasna, viasna , Political prisoners,,",
    });
    expect(input).toMatchObject({
      title: "Verdict",
      commentsOpen: true,
      isFeatured: false,
      categoryIds: ["c1"],
      regionIds: [],
      tags: ["Viasna", "Political prisoners"],
      coverImageId: null,
      language: "en",
    });
  });

  it("explains a missing title and a bad language code", () => {
    const result = ArticleInputSchema.safeParse({ title: " ", language: "English" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("title: Give the article a title.");
    expect(messages).toContain("language: Choose one of the site's languages.");
  });

  it("drops duplicate tags case-insensitively", () => {
    expect(parseTagNames("A, a,  b  c ,")).toEqual(["A", "b c"]);
  });
});

describe("schedule times in the site's time zone", () => {
  it("reads a datetime-local value as a Minsk wall clock", () => {
    expect(parseLocalDateTime("2026-12-01T10:30", "Europe/Minsk")?.toISOString()).toBe(
      "2026-12-01T07:30:00.000Z",
    );
    expect(parseLocalDateTime("2026-12-01T10:30", "UTC")?.toISOString()).toBe(
      "2026-12-01T10:30:00.000Z",
    );
  });

  it("refuses nonsense dates", () => {
    expect(parseLocalDateTime("2026-02-30T10:00", "UTC")).toBeNull();
    expect(parseLocalDateTime("tomorrow", "UTC")).toBeNull();
  });

  it("shows a stored instant back in the same wall clock", () => {
    expect(formatLocalDateTime(new Date("2026-12-01T07:30:00Z"), "Europe/Minsk")).toBe(
      "2026-12-01T10:30",
    );
  });
});
