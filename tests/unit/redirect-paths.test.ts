import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeRedirectPath } from "@/lib/redirects/paths";
import { classifyPath, trimTrailingSlashes } from "@/lib/redirects/routes";
import { safeSitePath } from "@/lib/redirects/targets";

describe("normalizeRedirectPath", () => {
  it.each([
    ["/2020/05/Some-Post/?utm_source=x", "/2020/05/some-post"],
    ["/2020/05/12/some-post", "/2020/05/12/some-post"],
    ["/some-post/", "/some-post"],
    ["/archives/123", "/archives/123"],
    ["https://old.example.org/2020/05/Some-Post/?utm_medium=mail#comments", "/2020/05/some-post"],
    ["http://old.example.org/?p=123", "/?p=123"],
    ["/?p=123", "/?p=123"],
    ["?p=123", "/?p=123"],
    ["/?page_id=5", "/?page_id=5"],
    ["/?cat=3", "/?cat=3"],
    ["/?tag=Some-Tag", "/?tag=some-tag"],
    ["/?attachment_id=9", "/?attachment_id=9"],
    ["/?feed=rss2", "/?feed=rss2"],
    ["/?feed=rss2&cat=3&utm_source=x", "/?cat=3&feed=rss2"],
    ["/?P=12", "/?p=12"],
    ["/?p=12&p=13", "/?p=12"],
    ["/?author=2&m=202005", "/?author=2&m=202005"],
    ["/category/news/", "/category/news"],
    ["/category/news/feed/", "/category/news/feed"],
    ["/tag/x/feed/", "/tag/x/feed"],
    ["/feed/", "/feed"],
    ["/about/contacts/", "/about/contacts"],
    ["/%d0%bd%d0%be%d0%b2%d1%8b/", "/новы"],
    ["/%D0%9D%D0%BE%D0%B2%D1%8B/", "/новы"],
    ["/Новы", "/новы"],
    ["/category//news///", "/category/news"],
    ["//2020//05/x", "/2020/05/x"],
    ["/index.php/2020/05/x/", "/2020/05/x"],
    ["/index.php?p=1", "/?p=1"],
    ["/INDEX.PHP?page_id=7", "/?page_id=7"],
    ["old-page", "/old-page"],
    ["  /old-page/  ", "/old-page"],
    // Only the root keeps a query: any other path names its content by itself.
    ["/2020/05/x?p=12", "/2020/05/x"],
    ["/category/news/?paged=2", "/category/news"],
  ])("%s is %s", (input, expected) => {
    expect(normalizeRedirectPath(input)).toBe(expected);
  });

  it("keeps bad percent-encoding as it was, decoding what is valid around it", () => {
    expect(normalizeRedirectPath("/%E0%A4%A/x")).toBe("/%e0%a4%a/x");
    expect(normalizeRedirectPath("/%ff%d0%bd")).toBe("/%ffн");
    expect(normalizeRedirectPath("/%d0")).toBe("/%d0");
    expect(normalizeRedirectPath("/100%")).toBe("/100%");
  });

  it("keeps characters that would change the path encoded, so normalizing twice changes nothing", () => {
    expect(normalizeRedirectPath("/a%2Fb")).toBe("/a%2fb");
    expect(normalizeRedirectPath("/a%3Fb%23c")).toBe("/a%3fb%23c");
    expect(normalizeRedirectPath("/a%2541")).toBe("/a%2541");
    expect(normalizeRedirectPath("/a%20b/")).toBe("/a%20b");
    expect(normalizeRedirectPath("/a b")).toBe("/a%20b");
    for (const input of [
      "/a%2Fb",
      "/a%2541",
      "/a%20b%20",
      "/?tag=a+b%26c",
      "/?tag=%d0%bd%d0%be",
      "/%ff%d0%bd",
      "/x?#y",
    ]) {
      const once = normalizeRedirectPath(input);
      expect(once, input).not.toBeNull();
      expect(normalizeRedirectPath(once!), input).toBe(once);
    }
  });

  it("drops what is not WordPress's own (tracking, page numbers, search, previews)", () => {
    expect(normalizeRedirectPath("/?p=5&utm_source=a&utm_campaign=b&fbclid=c")).toBe("/?p=5");
    expect(normalizeRedirectPath("/?p=5&paged=2&page=3&preview=true&replytocom=9")).toBe("/?p=5");
    expect(normalizeRedirectPath("/?p=")).toBeNull();
  });

  it.each(["/", "", "/?utm_source=x", "/?s=bialiatski", "/index.php", "/index.php/", "//", "/#x"])(
    "%j is the home page: no old address",
    (input) => {
      expect(normalizeRedirectPath(input)).toBeNull();
    },
  );

  it("refuses control characters, typed or encoded, broken text and anything too long", () => {
    expect(normalizeRedirectPath("/a\nb")).toBeNull();
    expect(normalizeRedirectPath("/a%0Ab")).toBeNull();
    expect(normalizeRedirectPath("/a%00")).toBeNull();
    expect(normalizeRedirectPath("/a%c2%85")).toBeNull();
    expect(normalizeRedirectPath("/?p=1%0a")).toBeNull();
    expect(normalizeRedirectPath("/a\ud800")).toBeNull();
    expect(normalizeRedirectPath(`/${"a".repeat(1999)}`)).toBe(`/${"a".repeat(1999)}`);
    expect(normalizeRedirectPath(`/${"a".repeat(2000)}`)).toBeNull();
    expect(normalizeRedirectPath("https://[broken")).toBeNull();
  });
});

describe("which request paths are looked up", () => {
  it.each([
    ["/", "root"],
    ["/admin/redirects", "outside"],
    ["/api/auth/session", "outside"],
    ["/media/x.jpg", "outside"],
    ["/sitemap.xml", "outside"],
    ["/be", "own"],
    ["/news/some-story", "own"],
    ["/be/news/some-story/live", "own"],
    ["/tag/viasna/page/2", "own"],
    ["/category/news/feed.xml", "own"],
    ["/people", "own"],
    ["/ru/people/x/postcard", "own"],
    ["/petitions/free-them/sign", "own"],
    ["/search", "own"],
    ["/about", "page"],
    ["/be/about", "page"],
    ["/%D0%BD%D0%BE%D0%B2%D1%8B", "page"],
    ["/about/contacts", "other"],
    ["/2020/05/12/some-post", "other"],
    ["/archives/123", "other"],
    ["/category/news/feed", "other"],
    ["/feed", "page"],
    ["/wp-login.php", "page"],
  ])("%s is %s", (pathname, expected) => {
    expect(classifyPath(pathname)).toBe(expected);
  });

  it("trims trailing slashes, never the root's", () => {
    expect(trimTrailingSlashes("/a/b///")).toBe("/a/b");
    expect(trimTrailingSlashes("/")).toBe("/");
    expect(trimTrailingSlashes("/a")).toBe("/a");
  });

  /** Every page and route folder under app/[lang], as a path with each [param] filled in. */
  function languageRoutes(dir: string, prefix = ""): string[] {
    const entries = readdirSync(dir, { withFileTypes: true });
    const here = entries.some((e) => e.isFile() && /^(?:page|route)\.tsx?$/.test(e.name));
    const nested = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith("_") && !e.name.startsWith("[..."))
      .flatMap((e) =>
        languageRoutes(
          path.join(dir, e.name),
          `${prefix}/${e.name.startsWith("[") ? "x" : e.name}`,
        ),
      );
    return here ? [prefix || "/", ...nested] : nested;
  }

  it("knows every reading page of app/[lang] as the site's own (a new route must be added)", () => {
    const routes = languageRoutes(path.resolve(import.meta.dirname, "../../app/[lang]"));
    expect(routes).toContain("/news/x");
    for (const route of routes.filter((r) => r !== "/")) {
      expect(classifyPath(route), route).toBe("own");
      expect(classifyPath(`/be${route}`), `/be${route}`).toBe("own");
    }
  });
});

describe("stored targets", () => {
  it.each(["/news/x", "/", "/search?q=a", "/be/tag/x", "/новы"])("%s is a site path", (target) => {
    expect(safeSitePath(target)).not.toBeNull();
  });

  it.each([
    "https://evil.example/x",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/%2e%2e//evil.example",
    "/a%2f%2fevil.example",
    "news/x",
    "",
    "/a\nb",
  ])("%s is refused", (target) => {
    expect(safeSitePath(target)).toBeNull();
  });
});
