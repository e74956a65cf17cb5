import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/http/redirect";

const queue = { allowed: ["/admin/comments"], fallback: "/admin/comments" };

describe("redirect targets taken from input", () => {
  it.each(["/admin/comments", "/admin/comments?status=SPAM&page=2", "/admin/comments/"])(
    "keeps %s",
    (target) => {
      expect(safeRedirectPath(target, queue)).toBe(target);
    },
  );

  it.each([
    "/admin/comments/../..//evil.example/phish",
    "//evil.example/phish",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/admin/comments/%2e%2e/%2e%2e//evil.example",
    "/admin/comments/%2F%2Fevil.example",
    "/admin/comments/..%5c..%5cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/admin/comments\r\n/../../x",
    "https://evil.example/admin/comments",
    "javascript:alert(1)",
    " /admin/comments",
    "/admin/users",
    "/admin/commentsx",
    "",
    42,
    null,
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target, queue)).toBe("/admin/comments");
  });

  it("normalises dot segments that stay under the allowed path", () => {
    expect(safeRedirectPath("/admin/comments/x/../?status=APPROVED", queue)).toBe(
      "/admin/comments/?status=APPROVED",
    );
  });
});
