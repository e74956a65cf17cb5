import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/runtime/csp";
import { findFreePort } from "@/lib/runtime/processes";
import {
  type CampaignSite,
  type Reply,
  createCertificate,
  requestSite,
  startCampaignSite,
  startPassThrough,
} from "@/tests/setup/nginx-campaign";

const baseUrl = inject("baseUrl");
const appPort = Number(new URL(baseUrl).port);
const ARTICLE = "/news/ales-bialiatski-released";
const PETITION = "/petitions/free-belarus-political-prisoners";
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

let certificate: Awaited<ReturnType<typeof createCertificate>>;
let site: CampaignSite;

const get = (server: CampaignSite, target: string, headers: http.OutgoingHttpHeaders = {}) =>
  requestSite(server, target, { headers });
/** A staff upload as the page's script sends it, from the site's own page, not signed in. */
const upload = (target: string, options: { body?: Buffer; declaredLength?: number }) =>
  requestSite(site, target, {
    method: "POST",
    headers: {
      accept: "application/json",
      "sec-fetch-site": "same-origin",
      "content-type": "multipart/form-data; boundary=x",
    },
    ...options,
  });
const cacheStatus = (reply: Reply) => reply.headers["x-cache-status"] ?? "(none)";

beforeAll(async () => {
  certificate = await createCertificate();
  site = await startCampaignSite({ file: "campaign.conf", upstreams: [appPort], certificate });
});

afterAll(async () => {
  await site?.stop();
});

describe("nginx's cache in front of the app (deploy/nginx/campaign.conf)", () => {
  it.each(["/", ARTICLE, "/feed.xml"])(
    "%s is a MISS, then a HIT with the same page",
    async (page) => {
      const first = await get(site, page, BROWSER);
      const second = await get(site, page, BROWSER);
      expect(first.status).toBe(200);
      expect(cacheStatus(first)).toBe("MISS");
      expect(cacheStatus(second)).toBe("HIT");
      expect(second.text).toBe(first.text);
      // Browsers still ask every time: only shared caches keep the page.
      expect(second.headers["cache-control"]).toMatch(/\bmax-age=0\b.*\bs-maxage=60\b/);
    },
  );

  it("a signed-in reader is never served the cached page, and their page is never stored", async () => {
    await get(site, "/", BROWSER);
    // nginx goes by the cookie's name; the app answers any session cookie privately.
    for (const cookie of [
      "authjs.session-token=abc",
      "__Secure-authjs.session-token=abc",
      "theme=dark; commenter=abc",
    ]) {
      const cached = await get(site, "/", { ...BROWSER, cookie });
      expect(cacheStatus(cached), cookie).toBe("BYPASS");
      expect(cached.headers["cache-control"], cookie).toMatch(/\bprivate\b/);
    }
    const signedIn = await get(site, "/about", { ...BROWSER, cookie: "authjs.session-token=abc" });
    expect(signedIn.status).toBe(200);
    expect(cacheStatus(await get(site, "/about", BROWSER))).toBe("MISS");
  });

  it("other cookies share the cached copy", async () => {
    const anonymous = await get(site, "/tag/viasna", BROWSER);
    const withCookies = await get(site, "/tag/viasna", {
      ...BROWSER,
      cookie: "_ga=GA1.2.3; theme=dark",
    });
    expect(cacheStatus(anonymous)).toBe("MISS");
    expect(cacheStatus(withCookies)).toBe("HIT");
    expect(withCookies.text).toBe(anonymous.text);
  });

  it("the staff area and sign-in are never cached; /admin sends a reader to sign in", async () => {
    for (let round = 0; round < 2; round++) {
      const admin = await get(site, "/admin");
      expect(admin.status).toBe(307);
      expect(admin.headers.location).toBe("/login?callbackUrl=%2Fadmin");
      const login = await get(site, "/login");
      expect(login.status).toBe(200);
      expect(login.text).toMatch(/<form/);
      for (const reply of [admin, login]) {
        expect(reply.headers["x-cache-status"]).toBeUndefined();
        expect(reply.headers["cache-control"]).toMatch(/\bno-store\b/);
      }
    }
    expect(cacheStatus(await get(site, "/api/health"))).toBe("(none)");
    // A public address the app answers as private (the comment form opened) is never stored.
    for (let round = 0; round < 2; round++) {
      const reply = await get(site, `${ARTICLE}?respond=1`, BROWSER);
      expect(reply.headers["cache-control"]).toMatch(/\bprivate\b/);
      expect(cacheStatus(reply)).toBe("MISS");
    }
  });

  it("pages arrive compressed by the app, light, with a CSP that matches their scripts", async () => {
    for (const [accept, encoding] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip", "gzip"],
    ] as const) {
      for (const expected of ["MISS", "HIT"]) {
        const reply = await get(site, ARTICLE + "?via=nginx", { "accept-encoding": accept });
        expect(cacheStatus(reply)).toBe(expected);
        expect(reply.headers["content-encoding"], accept).toBe(encoding);
        expect(reply.headers.vary).toMatch(/accept-encoding/i);
        // A light page (an anonymous reader's): no framework script, so nothing to hash.
        const hashes = inlineScriptHashes(reply.text);
        expect(reply.text).not.toContain("self.__next_f");
        expect(reply.headers["content-security-policy"]).toBe(contentSecurityPolicy(hashes));
      }
    }
    const plain = await get(site, ARTICLE + "?via=nginx");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toContain("</html>");
  });

  it("plain HTTP is sent to HTTPS", async () => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const target = { port: site.ports.PORT_HTTP, path: `${ARTICLE}?a=1`, agent: false };
      http
        .get({ ...target, host: "127.0.0.1", headers: { host: "localhost" } }, resolve)
        .on("error", reject);
    });
    response.resume();
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`https://localhost${ARTICLE}?a=1`);
  });
});

describe("when the app is down or an instance is dead", () => {
  it("readers get the last copy (STALE), but no petition page", async () => {
    const app = await startPassThrough(appPort);
    // The app says a minute; the test's nginx keeps pages one second, so they expire at once.
    const shortLived =
      "\n    proxy_ignore_headers Cache-Control Expires;\n    proxy_cache_valid 200 1s;";
    const stale = await startCampaignSite({
      file: "campaign.conf",
      upstreams: [app.port],
      certificate,
      serverExtra: shortLived,
    });
    try {
      const fresh = await get(stale, "/", BROWSER);
      expect(cacheStatus(fresh)).toBe("MISS");
      expect(cacheStatus(await get(stale, PETITION, BROWSER))).toBe("MISS");
      // nginx counts whole seconds: a page kept for 1 s may still be fresh 1.9 s later.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await app.close();

      const neverKept = await get(stale, "/about", BROWSER);
      expect(neverKept.status).toBe(502);
      const down = await get(stale, "/", BROWSER);
      expect(down.status).toBe(200);
      expect(cacheStatus(down)).toBe("STALE");
      expect(down.text).toBe(fresh.text);
      // Kept past its lifetime here; with the app's own header, 30 s past it (its revalidation).
      const petition = await get(stale, PETITION, BROWSER);
      expect(petition.status).toBe(502);
    } finally {
      await app.close();
      await stale.stop();
    }
  });

  it("with one instance dead and one restarting, every request is answered", async () => {
    const dead = await findFreePort();
    // What the app's front answers while its Next.js process restarts.
    const restarting = http.createServer((_request, response) => {
      response.writeHead(503, { "retry-after": "5", "cache-control": "no-store" });
      response.end("restarting");
    });
    await new Promise<void>((resolve) => restarting.listen(0, "127.0.0.1", resolve));
    const restartingPort = (restarting.address() as AddressInfo).port;
    let asked = 0;
    restarting.on("request", () => asked++);
    const balanced = await startCampaignSite({
      file: "campaign.conf",
      upstreams: [dead, restartingPort, appPort],
      certificate,
    });
    try {
      const statuses: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const page of ["/login", "/api/health", "/"]) {
          statuses.push((await get(balanced, page, { cookie: "authjs.session-token=x" })).status);
        }
      }
      expect(statuses).toEqual(statuses.map(() => 200));
      // Both broken instances were in the rotation, and nginx went on to the next one.
      expect(await balanced.errorLog()).toContain("connect() failed (111: Connection refused)");
      expect(asked).toBeGreaterThan(0);
    } finally {
      await balanced.stop();
      await new Promise((resolve) => restarting.close(resolve));
    }
  });
});

describe("uploads through nginx", () => {
  it("a WordPress export far over the images' limit reaches the app; 1 GB is the limit", async () => {
    const MB = 1024 * 1024;
    // Not signed in: the app itself answers once it has the body (the upload route in its own
    // words; the staff area's guard sends the image's sender to sign in).
    const wordpress = await upload("/admin/import/upload", { body: Buffer.alloc(20 * MB) });
    expect(wordpress.status).toBe(401);
    expect(JSON.parse(wordpress.text)).toMatchObject({ ok: false });
    const image = await upload("/admin/media/upload", { body: Buffer.alloc(13 * MB) });
    expect(image.status).toBe(307);
    expect(image.headers.location).toMatch(/^\/login\?/);
    // Larger bodies are refused by nginx from their Content-Length, before a byte is sent.
    for (const [target, size] of [
      ["/admin/import/upload", 1_100 * MB],
      ["/admin/media/upload", 20 * MB],
    ] as const) {
      const reply = await upload(target, { declaredLength: size });
      expect(reply.status, target).toBe(413);
      expect(reply.text, target).toContain("nginx");
    }
  });
});

describe("TLS in front of Varnish (deploy/nginx/campaign-tls-in-front-of-varnish.conf)", () => {
  it("passes every request on and keeps nothing itself", async () => {
    // The app stands in for Varnish here: what matters is what this nginx does.
    const front = await startCampaignSite({
      file: "campaign-tls-in-front-of-varnish.conf",
      upstreams: [appPort],
      certificate,
    });
    try {
      for (let round = 0; round < 2; round++) {
        const reply = await get(front, "/", BROWSER);
        expect(reply.status).toBe(200);
        expect(reply.headers["content-encoding"]).toBe("br");
        expect(reply.headers["x-cache-status"]).toBeUndefined();
      }
      expect((await get(front, "/admin")).headers.location).toBe("/login?callbackUrl=%2Fadmin");
    } finally {
      await front.stop();
    }
  });
});
