import { describe, expect, it } from "vitest";
import {
  PETITION_PAGE_CACHE,
  PRIVATE_CACHE,
  PUBLIC_PAGE_CACHE,
  cachePolicy,
} from "@/lib/runtime/cache-policy";
import {
  chooseEncoding,
  isCompressibleType,
  matchesEtag,
  mayCompress,
  varyOnEncoding,
  weakEtag,
} from "@/lib/runtime/compression";

describe("content encoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["deflate", "identity"],
    ["*", "br"],
    [undefined, "identity"],
  ])("Accept-Encoding %j gets %s", (header, expected) => {
    expect(chooseEncoding(header === undefined ? {} : { "accept-encoding": header })).toBe(
      expected,
    );
  });

  it("compresses text, scripts, styles, feeds, JSON and SVG, never other images or fonts", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "application/javascript; charset=UTF-8",
      "text/css; charset=utf-8",
      "application/rss+xml; charset=utf-8",
      "application/xml; charset=utf-8",
      "application/json",
      "application/manifest+json",
      "image/svg+xml",
      "text/plain; charset=utf-8",
    ]) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of ["image/png", "image/webp", "image/jpeg", "image/x-icon", "font/woff2"]) {
      expect(isCompressibleType(type), type).toBe(false);
    }
  });

  it("leaves ranges, 304s, encoded, tiny and no-transform bodies alone", () => {
    const get = { method: "GET", headers: {} };
    const js = { "content-type": "application/javascript" };
    expect(mayCompress(get, 200, js)).toBe(true);
    expect(mayCompress({ method: "GET", headers: { range: "bytes=0-10" } }, 200, js)).toBe(false);
    expect(mayCompress(get, 206, js)).toBe(false);
    expect(mayCompress(get, 304, js)).toBe(false);
    expect(mayCompress(get, 200, { ...js, "content-encoding": "gzip" })).toBe(false);
    expect(mayCompress(get, 200, { ...js, "content-length": "200" })).toBe(false);
    expect(mayCompress(get, 200, { ...js, "cache-control": "no-transform" })).toBe(false);
  });

  it("names Accept-Encoding in Vary once and weakens validators of compressed bodies", () => {
    expect(varyOnEncoding(undefined)).toBe("Accept-Encoding");
    expect(varyOnEncoding("rsc, Accept-Encoding")).toBe("rsc, Accept-Encoding");
    expect(varyOnEncoding("rsc")).toBe("rsc, Accept-Encoding");
    expect(weakEtag('"abc"')).toBe('W/"abc"');
    expect(weakEtag('W/"abc"')).toBe('W/"abc"');
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x"', '"abc"')).toBe(false);
  });
});

describe("what caches are told", () => {
  const page = {
    cookie: undefined,
    contentType: "text/html; charset=utf-8",
    cacheControl: "s-maxage=31536000",
  };

  it("a cached public page: a minute in shared caches, stale while revalidating or erroring", () => {
    expect(cachePolicy({ ...page, path: "/news/x" })).toBe(PUBLIC_PAGE_CACHE);
    expect(PUBLIC_PAGE_CACHE).toMatch(/s-maxage=60\b/);
    expect(PUBLIC_PAGE_CACHE).toMatch(/stale-while-revalidate=\d+/);
    expect(PUBLIC_PAGE_CACHE).toMatch(/stale-if-error=\d+/);
    expect(PUBLIC_PAGE_CACHE).not.toMatch(/31536000/);
  });

  it.each([
    "/admin",
    "/admin/articles/x/preview",
    "/login?callbackUrl=%2Fadmin",
    "/api/comments/token?articleId=x",
    "/api/auth/session",
    "/news/x/live?respond=1",
    "/comments/unsubscribe?token=x",
    "/be/news/x/live?respond=1",
    "/ru/comments/unsubscribe?token=x",
    "/petitions/free-them/sign",
    "/be/petitions/free-them/sign?x=1",
    "/petitions/confirm?t=abc",
    "/ru/petitions/withdraw?t=abc",
  ])("%s is private and never stored", (path) => {
    expect(cachePolicy({ ...page, path })).toBe(PRIVATE_CACHE);
  });

  it.each(["/petitions", "/petitions/free-them", "/be/petitions/free-them"])(
    "%s (a count and signers' names) is kept half a minute and never served stale on errors",
    (path) => {
      expect(cachePolicy({ ...page, path })).toBe(PETITION_PAGE_CACHE);
      expect(PETITION_PAGE_CACHE).toMatch(/s-maxage=30\b/);
      expect(PETITION_PAGE_CACHE).not.toMatch(/stale-if-error/);
    },
  );

  it("the 'check your email' page, the same for everyone, is a public page like any", () => {
    expect(cachePolicy({ ...page, path: "/petitions/free-them/signed" })).toBe(PUBLIC_PAGE_CACHE);
  });

  it("a page asked for with a staff session or a commenter cookie is private", () => {
    expect(cachePolicy({ ...page, path: "/", cookie: "authjs.session-token=x" })).toBe(
      PRIVATE_CACHE,
    );
    expect(cachePolicy({ ...page, path: "/", cookie: "a=b; commenter=x.y" })).toBe(PRIVATE_CACHE);
  });

  it("files named by their content keep their immutable policy, even for staff", () => {
    expect(
      cachePolicy({
        path: "/_next/static/chunks/a.js",
        cookie: "authjs.session-token=x",
        contentType: "application/javascript",
        cacheControl: "public, max-age=31536000, immutable",
      }),
    ).toBeUndefined();
  });
});
