import { describe, expect, it } from "vitest";
import {
  isLightRequest,
  lightenHtml,
  markLightEtag,
  unmarkLightEtags,
} from "@/lib/runtime/light-pages";

const page = [
  '<!DOCTYPE html><html lang="be"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="preload" href="/media/cover.webp" as="image"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/enhance/actions.js" async=""></script>',
  "</head><body><h1>Навіны</h1>",
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>alert(1)</script>",
  "</body></html>",
].join("");

describe("lightenHtml", () => {
  const light = lightenHtml(page);

  it("removes the framework's script files, their preloads and its inline scripts", () => {
    expect(light).not.toContain("/_next/static/chunks/b.js");
    expect(light).not.toContain("/_next/static/chunks/c.js");
    expect(light).not.toContain("__next_f");
    expect(light).not.toContain("TURBOPACK");
  });

  it("keeps the text, styles, image preloads, JSON-LD and the page's own small scripts", () => {
    expect(light).toContain("<h1>Навіны</h1>");
    expect(light).toContain('href="/_next/static/chunks/a.css"');
    expect(light).toContain('href="/media/cover.webp" as="image"');
    expect(light).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(light).toContain('<script src="/enhance/actions.js" async=""></script>');
    expect(light).toMatch(/^<!DOCTYPE html><html data-light="" lang="be">/);
  });

  it("leaves any other inline script, which the CSP then refuses to run (it gets no hash)", () => {
    expect(light).toContain("<script>alert(1)</script>");
  });
});

describe("which requests get light pages", () => {
  it.each([
    ["/", undefined, true],
    ["/be/news/x", "_ga=1; consent=yes", true],
    ["/news/x?respond=1", undefined, true],
    ["/news/x", "authjs.session-token=abc", false],
    ["/news/x", "theme=dark; commenter=abc", false],
    ["/admin", undefined, false],
    ["/login?callbackUrl=%2Fadmin", undefined, false],
    ["/badge", undefined, false],
    ["/ru/badge", undefined, false],
    ["/preview/abc", undefined, false],
  ])("%s with cookie %s: %s", (path, cookie, expected) => {
    expect(isLightRequest(path, cookie)).toBe(expected);
  });
});

describe("ETags", () => {
  it("a light page's ETag differs, and is understood again on its way back", () => {
    expect(markLightEtag('W/"abc"')).toBe('W/"abc-light"');
    expect(markLightEtag(undefined)).toBeUndefined();
    expect(unmarkLightEtags('W/"abc-light", "def"')).toBe('W/"abc", "def"');
  });
});
