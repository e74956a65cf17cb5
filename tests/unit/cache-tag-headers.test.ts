import type http from "node:http";
import { describe, expect, it } from "vitest";
import { publicPageCache, petitionPageCache } from "@/lib/runtime/cache-policy";
import { responseTags, setTagHeaders, tagHeaderStyle } from "@/lib/runtime/cache-tag-headers";

// What Next.js's cache handler hands the front for an article page (lib/runtime/next-cache-handler.mjs).
const fromNext: http.IncomingHttpHeaders = {
  "x-campaign-cache-tags":
    "_N_T_/layout,_N_T_/[lang]/layout,_N_T_/news/a,article:cm1,articles,settings,terms,articles",
  "x-next-cache-tags": "_N_T_/layout,article:cm1",
};

describe("cache tags named to shared caches", () => {
  it("keeps the app's own tags, once each, and leaves out Next's path tags", () => {
    expect(responseTags(fromNext)).toEqual(["article:cm1", "articles", "settings", "terms"]);
    expect(responseTags({})).toEqual([]);
    expect(responseTags({ "x-campaign-cache-tags": "bad tag,ok, ,a\u0000b" })).toEqual(["ok"]);
  });

  it("names them as Varnish and Fastly read them, or as Cloudflare does, and never to readers otherwise", () => {
    const tags = responseTags(fromNext);
    const varnish: http.OutgoingHttpHeaders = { ...fromNext };
    setTagHeaders(varnish, tags, { style: tagHeaderStyle("varnish"), shared: true });
    expect(varnish).toEqual({ "surrogate-key": "article:cm1 articles settings terms" });

    const cloudflare: http.OutgoingHttpHeaders = { ...fromNext };
    setTagHeaders(cloudflare, tags, { style: tagHeaderStyle("cloudflare"), shared: true });
    expect(cloudflare).toEqual({ "cache-tag": "article:cm1,articles,settings,terms" });

    const none: http.OutgoingHttpHeaders = { ...fromNext };
    setTagHeaders(none, tags, { style: tagHeaderStyle("none"), shared: true });
    expect(none).toEqual({});

    // A private answer (a signed-in reader's page) is never kept by a shared cache: no tags.
    const private_: http.OutgoingHttpHeaders = { ...fromNext };
    setTagHeaders(private_, tags, { style: "surrogate-key", shared: false });
    expect(private_).toEqual({});
  });

  it("lets shared caches keep public pages for SHARED_CACHE_MAX_AGE, petitions at most 30 s", () => {
    expect(publicPageCache(600)).toMatch(/\bs-maxage=600\b/);
    expect(publicPageCache()).toMatch(/\bs-maxage=60\b/);
    expect(petitionPageCache(600)).toMatch(/\bs-maxage=30\b/);
    expect(petitionPageCache(2)).toMatch(/\bs-maxage=2\b/);
  });
});
