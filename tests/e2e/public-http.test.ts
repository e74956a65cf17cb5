import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

async function statusOf(path: string, init?: RequestInit): Promise<number> {
  return (await fetch(`${baseUrl}${path}`, { redirect: "manual", ...init })).status;
}

describe("bad input on public pages answers 404 or a helpful page, never a 500", () => {
  it.each([
    "/news/no-such-story",
    "/news/%E2%9C%8A",
    "/no-such-page",
    "/category/no-such-category",
    "/tag/no-such-tag",
    "/region/atlantis",
    "/tag/viasna/page/0",
    "/tag/viasna/page/-1",
    "/tag/viasna/page/abc",
    "/tag/viasna/page/999999999999",
    "/tag/viasna/page/500",
    "/page/0",
    "/page/-3",
    "/page/two",
    "/page/100000",
    "/news/explainer-rehabilitation-of-political-prisoners",
    "/news/solidarity-day-anniversary-statement",
  ])("%s is a 404", async (path) => {
    expect(await statusOf(path)).toBe(404);
  });

  it("sends ?page= to the canonical paged URL", async () => {
    const response = await fetch(`${baseUrl}/tag/viasna?page=2`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toMatch(/\/tag\/viasna\/page\/2$/);
    expect(
      (await fetch(`${baseUrl}/?page=1`, { redirect: "manual" })).headers.get("location"),
    ).toMatch(/\/$/);
    for (const bad of ["0", "-1", "abc", "", "99999999"]) {
      expect(await statusOf(`/?page=${bad}`, { redirect: "follow" }), bad).toBe(404);
    }
    expect(await statusOf("/page/1")).toBe(308);
  });

  it.each([
    ["", "Type a word or two"],
    ["   ", "Type a word or two"],
    ["x".repeat(5000), "cut to its first 200 characters"],
    ['"unclosed', ""],
    ["a & b | !c <-> (d", ""],
    ["<script>alert(1)</script>", ""],
    ["' OR 1=1; --", ""],
    ["zzzzqqqq", "Nothing matches"],
  ])("search for %j answers 200", async (query, text) => {
    const response = await fetch(`${baseUrl}/search?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(text);
    expect(html).not.toContain("<script>alert(1)</script>");
  });

  it.each(["0", "-2", "abc", "999999"])(
    "search page %s answers 200 with a message",
    async (page) => {
      const response = await fetch(`${baseUrl}/search?q=Viasna&page=${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("past the end");
    },
  );
});

describe("security headers", () => {
  it.each(["/", "/news/ales-bialiatski-released", "/feed.xml", "/login"])(
    "%s forbids framing and third-party loads",
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data: blob:");
      const scripts = csp.split("; ").find((part) => part.startsWith("script-src")) ?? "";
      expect(scripts).toMatch(/^script-src 'self'/);
      expect(scripts).not.toContain("unsafe-inline");
      // Sign-in keeps React and hashes its inline scripts; a public page is light: it has none.
      if (path === "/login") expect(scripts).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
      else if ((response.headers.get("content-type") ?? "").startsWith("text/html"))
        expect(scripts).toBe("script-src 'self'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    },
  );
});
