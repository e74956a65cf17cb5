import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

/** Values, already percent-encoded as they would travel, that name nothing and must break nothing. */
const MALFORMED = [
  "%00",
  "a%00b",
  "%ff",
  "%E2%82",
  "%C0%AF",
  "%ED%A0%80",
  "%F0%9F%98",
  "%",
  "%%25",
  "a%0Ab",
  "%09x",
  "%1B%5B31m",
  "%E2%80%AE",
  "..",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "%5C..%5C",
  "x".repeat(5000),
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%3B%20DROP%20TABLE%20%22Article%22%3B--",
];

/** Every public route and parameter; `{}` is where the malformed value goes. */
const ROUTES = [
  "/news/{}",
  "/news/{}/comments/2",
  "/news/{}/comments/feed.xml",
  "/news/{}?respond=1",
  "/news/ales-bialiatski-released?replyto={}",
  "/{}",
  "/category/{}",
  "/tag/{}",
  "/region/{}",
  "/tag/{}/page/2",
  "/tag/viasna/page/{}",
  "/page/{}",
  "/category/{}/feed.xml",
  "/tag/{}/feed.xml",
  "/region/{}/feed.xml",
  "/search?q={}",
  "/search?q=Viasna&page={}",
  "/api/comments/token?articleId={}",
  "/og/article/{}/abc.png",
  "/og/article/abc/{}",
  "/og/site/{}",
  "/og/logo/{}",
  "/icons/{}",
  "/media/{}",
  "/media/uploads/{}/original.png",
  "/sitemap.xml?part={}",
  "/comments/unsubscribe?token={}",
  "/tag/viasna?page={}",
];

describe("malformed input on every public route", () => {
  it.each(ROUTES)("%s answers 4xx or a page, never a server error", async (route) => {
    const failures: string[] = [];
    for (const value of MALFORMED) {
      const path = route.replace("{}", value);
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status >= 500) failures.push(`${response.status} ${path.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers 404 for NUL and broken UTF-8 in slugs and ids, and 200 for a search", async () => {
    for (const path of ["/news/a%00b", "/news/%ff", "/tag/a%00b/feed.xml", "/a%00b"]) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${baseUrl}/api/comments/token?articleId=a%00b`)).status).toBe(404);
    const search = await fetch(`${baseUrl}/search?q=Via%00sna`);
    expect(search.status).toBe(200);
  });
});
