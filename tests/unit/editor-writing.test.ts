import { describe, expect, it } from "vitest";
import { checkLinkUrl } from "@/lib/editor/link-url";
import { countWords, readingMinutes } from "@/lib/editor/word-count";

describe("the link dialog's address check", () => {
  it.each([
    ["https://spring96.org/en/news", "https://spring96.org/en/news"],
    ["  http://example.org ", "http://example.org"],
    ["spring96.org/en", "https://spring96.org/en"],
    ["/news/vigil-in-vilnius", "/news/vigil-in-vilnius"],
    ["/be/people/ales-bialiatski", "/be/people/ales-bialiatski"],
    ["#sources", "#sources"],
    ["press@example.org", "mailto:press@example.org"],
    ["mailto:press@example.org?subject=Vigil", "mailto:press@example.org?subject=Vigil"],
    ["http://localhost:3000/news/x", "http://localhost:3000/news/x"],
  ])("accepts %j as %j", (typed, href) => {
    expect(checkLinkUrl(typed)).toEqual({ ok: true, href });
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/news",
    "/\\evil.example",
    "ftp://example.org/file",
    "mailto:nobody",
    "https://intranet",
    "vigil in vilnius",
    "news",
  ])("refuses %j", (typed) => {
    expect(checkLinkUrl(typed)).toEqual({ ok: false, reason: "invalid" });
  });

  it("asks for an address when none was typed", () => {
    expect(checkLinkUrl("   ")).toEqual({ ok: false, reason: "empty" });
  });
});

describe("the word count under the editor", () => {
  it("counts words, not dashes or punctuation, in English, Belarusian and Russian", () => {
    expect(countWords("Ales Bialiatski — a Nobel laureate — remains in prison.")).toBe(8);
    expect(countWords("Алесь Бяляцкі застаецца за кратамі, 1 052 дні.")).toBe(8);
    expect(countWords("Политзаключённым пишут письма")).toBe(3);
    expect(countWords("")).toBe(0);
  });

  it("gives a reading time of at least a minute for any text", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(12)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });
});
