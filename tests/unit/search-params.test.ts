import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parsePageNumber, parseSearchParams } from "@/lib/search/schemas";

describe("search input", () => {
  it("trims and folds whitespace", () => {
    expect(parseSearchParams({ q: "  political \n prisoners  " })).toEqual({
      query: "political prisoners",
      truncated: false,
      page: 1,
    });
  });

  it("cuts an overlong query and says so", () => {
    const result = parseSearchParams({ q: "я".repeat(MAX_QUERY_LENGTH + 50) });
    expect(Array.from(result.query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.truncated).toBe(true);
  });

  it("takes the first of repeated parameters and treats a missing one as empty", () => {
    expect(parseSearchParams({ q: ["first", "second"] }).query).toBe("first");
    expect(parseSearchParams({}).query).toBe("");
  });

  it.each(["0", "-1", "abc", "1.5", "1e3", "", " 2", "9999999", "100001"])(
    "refuses page %j",
    (value) => {
      expect(parsePageNumber(value)).toBeNull();
    },
  );

  it.each([
    ["1", 1],
    ["2", 2],
    ["100000", 100000],
  ])("accepts page %j", (value, page) => {
    expect(parsePageNumber(value)).toBe(page);
  });
});
