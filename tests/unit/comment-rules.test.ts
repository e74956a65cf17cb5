import { describe, expect, it } from "vitest";
import { acceptedYears, isCommentingOpen, isHumanAnswerCorrect } from "@/lib/comments/rules";
import { classifyComment, countLinks, findListedWord } from "@/lib/comments/spam";
import { buildCommentTree, paginateThreads } from "@/lib/comments/thread";
import { findUnsafeMarkup } from "@/tests/unit/xss-corpus-check";

describe("comment rules", () => {
  it("closes comments per article and after the configured number of days", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const old = { commentsOpen: true, publishedAt: "2026-04-01T12:00:00Z" };
    expect(isCommentingOpen(old, { closeAfterDays: 0 }, now)).toBe(true);
    expect(isCommentingOpen(old, { closeAfterDays: 30 }, now)).toBe(false);
    expect(isCommentingOpen({ ...old, commentsOpen: false }, { closeAfterDays: 0 }, now)).toBe(
      false,
    );
  });

  it("accepts the current year wherever the reader is", () => {
    const newYearsEve = new Date("2026-12-31T20:00:00Z");
    expect(acceptedYears(newYearsEve)).toEqual(["2026", "2027"]);
    expect(isHumanAnswerCorrect(" 2026 ", newYearsEve)).toBe(true);
    expect(isHumanAnswerCorrect("1999", newYearsEve)).toBe(false);
    expect(isHumanAnswerCorrect("", newYearsEve)).toBe(false);
  });

  it("counts links and matches listed words as whole words, case-insensitively", () => {
    expect(countLinks('<a href="https://a.example">a</a> and www.b.example')).toBe(2);
    expect(countLinks("no links here")).toBe(0);
    expect(findListedWord(["casino"], "Casinos are fine")).toBeNull();
    expect(findListedWord(["casino"], "a CASINO!")).toBe("casino");
    expect(findListedWord(["дешёвые таблетки"], "Дешёвые таблетки тут")).toBe("дешёвые таблетки");
    const rules = { holdWords: ["hold"], spamWords: ["spam"] };
    const base = { authorName: "A", authorEmail: "a@example.org", authorUrl: null };
    expect(classifyComment({ ...base, body: "spam and hold" }, rules).status).toBe("SPAM");
    expect(classifyComment({ ...base, body: "please hold" }, rules).status).toBe("HOLD");
    expect(
      classifyComment({ ...base, body: "http://a.example http://b.example" }, rules).status,
    ).toBe("HOLD");
    expect(classifyComment({ ...base, body: "one http://a.example" }, rules).status).toBe("CLEAN");
  });

  it("builds threads and pages them by top-level comment", () => {
    const flat = [
      { id: "a", parentId: null },
      { id: "b", parentId: "a" },
      { id: "c", parentId: null },
      { id: "d", parentId: "gone" },
    ];
    const tree = buildCommentTree(flat);
    expect(tree.map((n) => n.id)).toEqual(["a", "c", "d"]);
    expect(tree[0]?.replies.map((n) => n.id)).toEqual(["b"]);
    expect(paginateThreads(tree, 2, 2)).toEqual({ threads: [tree[2]], page: 2, pageCount: 2 });
    expect(paginateThreads(tree, 9, 2).page).toBe(2);
  });

  it("the XSS checker itself catches unsafe markup", () => {
    expect(findUnsafeMarkup('<p><a href="https://ok.example" rel="nofollow">x</a></p>')).toEqual(
      [],
    );
    expect(findUnsafeMarkup("<img src=x onerror=alert(1)>")).toEqual([
      "tag <img>",
      "attribute src on <img>",
      "attribute onerror on <img>",
    ]);
    expect(findUnsafeMarkup('<a href="javascript:alert(1)">x</a>')).toEqual([
      'href="javascript:alert(1)"',
    ]);
  });
});
