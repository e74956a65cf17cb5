import http from "node:http";
import zlib from "node:zlib";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request as a browser sends it, with the bytes exactly as they cross the wire. */
function raw(path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, baseUrl), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

function decode(response: Raw): Buffer {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(response.body);
  if (encoding === "gzip") return zlib.gunzipSync(response.body);
  return response.body;
}

const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

/**
 * The sign-in page's first script and its stylesheet, as the page names them (public pages send
 * anonymous readers no framework script: lib/runtime/light-pages.ts).
 */
async function assetPaths(): Promise<{ js: string; css: string }> {
  const html = decode(await raw("/login", BROWSER)).toString("utf8");
  const js = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(js, "a script").toBeTruthy();
  expect(css, "a stylesheet").toBeTruthy();
  return { js: js!, css: css! };
}

describe("compression as readers receive it", () => {
  it("sends the JS, the CSS, a feed, the sitemap and a page in brotli, far smaller", async () => {
    const { js, css } = await assetPaths();
    for (const path of [js, css, "/feed.xml", "/sitemap.xml", "/news/ales-bialiatski-released"]) {
      const plain = await raw(path, { "accept-encoding": "identity" });
      const compressed = await raw(path, BROWSER);
      expect(plain.status, path).toBe(200);
      expect(compressed.status, path).toBe(200);
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      expect(compressed.headers["content-encoding"], path).toBe("br");
      expect(String(compressed.headers.vary), path).toMatch(/accept-encoding/i);
      // Decoded once, the bytes are exactly what an uncompressed request gets: nothing twice.
      expect(decode(compressed).equals(plain.body), path).toBe(true);
      expect(compressed.body.length, path).toBeLessThan(plain.body.length * 0.45);
    }
  });

  it("sends gzip to a client that takes only gzip", async () => {
    const { js } = await assetPaths();
    for (const path of [js, "/feed.xml", "/"]) {
      const response = await raw(path, { "accept-encoding": "gzip" });
      expect(response.headers["content-encoding"], path).toBe("gzip");
      expect(zlib.gunzipSync(response.body).length, path).toBeGreaterThan(response.body.length);
    }
  });

  it("never compresses images", async () => {
    const html = decode(await raw("/", BROWSER)).toString("utf8");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    const response = await raw(new URL(image).pathname, BROWSER);
    expect(response.headers["content-type"]).toBe("image/png");
    expect(response.headers["content-encoding"]).toBeUndefined();
  });

  it("answers HEAD, ranges and revalidation correctly", async () => {
    const { js } = await assetPaths();
    const full = await raw(js, BROWSER);
    const head = await raw(js, BROWSER, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBe(full.body.length);

    const plain = await raw(js, { "accept-encoding": "identity" });
    const range = await raw(js, { ...BROWSER, range: "bytes=10-99" });
    expect(range.status).toBe(206);
    expect(range.headers["content-encoding"]).toBeUndefined();
    expect(range.body.equals(plain.body.subarray(10, 100))).toBe(true);

    for (const path of [js, "/feed.xml"]) {
      const first = await raw(path, BROWSER);
      const etag = String(first.headers.etag);
      expect(etag, path).toMatch(/^W\//);
      const again = await raw(path, { ...BROWSER, "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
    }
  });
});
