import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Front, startFront } from "@/lib/runtime/front";
import { findFreePort } from "@/lib/runtime/processes";

/** Stands in for `next start`: counts what reaches it, answers like Next's cache would. */
let hits: string[] = [];
let upstream: http.Server;
let front: Front;
let base: string;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    if (req.method === "POST") {
      req.resume();
      res.writeHead(303, { location: "/" });
      return void res.end();
    }
    if (req.url?.startsWith("/missing")) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      return void res.end("<!DOCTYPE html><html><body><main>nope</main></body></html>");
    }
    // Pages Next.js renders per request (search, the live article view) say so.
    const perRequest = /^\/(?:be\/)?(?:search|dynamic)/.test(req.url ?? "");
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": perRequest
        ? "private, no-cache, no-store, max-age=0, must-revalidate"
        : "s-maxage=31536000",
    });
    res.end(
      `<!DOCTYPE html><html><body><main>page ${req.url} ${"x".repeat(2000)}</main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const port = await findFreePort();
  front = await startFront({
    port,
    upstreamPort: (upstream.address() as AddressInfo).port,
    siteUrl: `http://localhost:${port}`,
    microCacheMs: 60_000,
  });
  base = `http://localhost:${port}`;
});

afterAll(async () => {
  await front.close();
  await new Promise((resolve) => upstream.close(resolve));
});

beforeEach(() => {
  front.purge();
  hits = [];
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers });
  await response.text();
  return response;
};

describe("the front's memory of public pages", () => {
  it("serves a cached public page from memory until a public change empties it", async () => {
    await get("/news/a");
    await get("/news/a");
    await get("/news/a");
    expect(hits).toEqual(["GET /news/a"]);
    front.purge();
    await get("/news/a");
    expect(hits).toEqual(["GET /news/a", "GET /news/a"]);
  });

  it("is not emptied by writes that change nothing public (a reader's comment, a staff draft)", async () => {
    await get("/news/b");
    await fetch(`${base}/news/b`, { method: "POST", body: "comment", redirect: "manual" });
    await fetch(`${base}/admin/articles/1`, {
      method: "POST",
      body: "draft",
      redirect: "manual",
      headers: { cookie: "authjs.session-token=staff" },
    });
    await get("/news/b");
    expect(hits.filter((hit) => hit === "GET /news/b")).toHaveLength(1);
  });

  it("never answers a request that carries a cookie from memory", async () => {
    await get("/news/c");
    await get("/news/c", { cookie: "commenter=x" });
    await get("/news/c", { cookie: "authjs.session-token=y" });
    expect(hits.filter((hit) => hit === "GET /news/c")).toHaveLength(3);
  });

  it("keeps a page of search results a moment, in every language, but no other per-request page", async () => {
    for (let i = 0; i < 3; i++) {
      await get("/search?q=Bialiatski");
      await get(`/be/search?q=${encodeURIComponent("Бяляцкі")}`);
      await get("/search");
      await get("/dynamic?q=x");
    }
    expect(hits.filter((hit) => hit.startsWith("GET /search?q="))).toHaveLength(1);
    expect(hits.filter((hit) => hit.startsWith("GET /be/search?q="))).toHaveLength(1);
    expect(hits.filter((hit) => hit === "GET /search")).toHaveLength(3);
    expect(hits.filter((hit) => hit.startsWith("GET /dynamic"))).toHaveLength(3);
    // A signed-in reader's search, and any search after a public change, reach Next.js.
    await get("/search?q=Bialiatski", { cookie: "authjs.session-token=y" });
    front.purge();
    await get("/search?q=Bialiatski");
    expect(hits.filter((hit) => hit.startsWith("GET /search?q="))).toHaveLength(3);
  });

  it("keeps no 404 and stays within its bound", async () => {
    await get("/missing-1");
    await get("/missing-1");
    expect(hits.filter((hit) => hit === "GET /missing-1")).toHaveLength(2);
    for (let batch = 0; batch < 22; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, index) => get(`/flood/${batch * 100 + index}`)),
      );
    }
    expect(front.cachedPages()).toBeLessThanOrEqual(2_000);
    expect(front.cachedPages()).toBeGreaterThan(1_500);
    // The least recently used went first; the newest is still there.
    hits = [];
    await get("/flood/2199");
    await get("/flood/0");
    expect(hits).toEqual(["GET /flood/0"]);
  });
});
