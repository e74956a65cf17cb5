import { describe, expect, it } from "vitest";
import { onionNameProblem } from "@/lib/settings/onion-address";
import { onionLocation } from "@/lib/site/proxy";
import { makeOnionHost } from "@/tests/factories/onion";

const ONION = `http://${makeOnionHost()}`;

describe("Onion-Location", () => {
  it.each([
    ["/", "", "/"],
    ["/news/ales-bialiatski-released", "", "/news/ales-bialiatski-released"],
    [
      "/be/search",
      "?q=%D0%92%D1%8F%D1%81%D0%BD%D0%B0",
      "/be/search?q=%D0%92%D1%8F%D1%81%D0%BD%D0%B0",
    ],
    ["/ru/tag/viasna/page/2", "", "/ru/tag/viasna/page/2"],
    ["/administration-of-justice", "", "/administration-of-justice"],
  ])("names the onion site with the same path and query on %s%s", (pathname, search, tail) => {
    expect(onionLocation(ONION, pathname, search)).toBe(`${ONION}${tail}`);
  });

  it.each([
    "/admin",
    "/admin/settings",
    "/login",
    "/api/health",
    "/feed.xml",
    "/be/tag/viasna/feed.xml",
    "/people.json",
    "/sitemap.xml",
    "/robots.txt",
    "/media/photo.jpg",
  ])("is not sent on %s", (pathname) => {
    expect(onionLocation(ONION, pathname, "")).toBeNull();
  });

  it("is not sent when the site has no onion address", () => {
    expect(onionLocation("", "/", "")).toBeNull();
  });
});

describe("v3 onion names", () => {
  it("accepts a name whose checksum and version are right", () => {
    expect(onionNameProblem(makeOnionHost())).toBeNull();
    // A real service's address (DuckDuckGo's), as Tor Browser shows it.
    expect(
      onionNameProblem("duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion"),
    ).toBeNull();
  });

  it("tells a wrong length, a typo and a non-onion host apart", () => {
    expect(onionNameProblem("expyuzz4wqqyqhjn.onion")).toBe("shape");
    expect(onionNameProblem("duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczae.onion")).toBe(
      "checksum",
    );
    expect(onionNameProblem("duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.com")).toBe(
      "not-onion",
    );
  });
});
