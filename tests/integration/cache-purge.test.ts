import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cloudflarePurger, fastlyPurger, varnishPurger } from "@/lib/cache-purge/purgers";
import { purgeCacheTags, retryPendingPurges } from "@/lib/cache-purge/queue";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { type Varnish, startVarnish } from "@/tests/setup/varnish";

/**
 * The purgers against what they talk to: Debian's varnishd running deploy/varnish as shipped (in
 * front of a small stand-in for the app, so each answer's tags and lifetime are known), and local
 * HTTP servers answering as Cloudflare's and Fastly's APIs do. The real app behind Varnish is the
 * cluster test's (tests/cluster).
 */

type Served = { status: number; cacheControl: string; tags?: string };
const pages: Record<string, Served> = {
  "/a": {
    status: 200,
    cacheControl: "public, max-age=0, s-maxage=60, stale-if-error=86400",
    tags: "article:1 articles",
  },
  "/b": {
    status: 200,
    cacheControl: "public, max-age=0, s-maxage=60, stale-if-error=86400",
    tags: "article:2 articles",
  },
  "/short": {
    status: 200,
    cacheControl: "public, max-age=0, s-maxage=1, stale-if-error=86400",
    tags: "article:3",
  },
  "/petitions/free": {
    status: 200,
    cacheControl: "public, max-age=0, s-maxage=1, stale-while-revalidate=1",
    tags: "petitions",
  },
  "/admin": { status: 200, cacheControl: "public, s-maxage=60" },
};
let renders = 0;
let appDown = false;
let database: TestDatabase;
let app: http.Server;
let appPort: number;
const varnishes: Varnish[] = [];

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  app = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/api/health") return response.end("ok\n");
    const page = pages[url.pathname];
    if (appDown || !page) {
      response.writeHead(appDown ? 500 : 404, { "cache-control": "private, no-store" });
      return response.end("error");
    }
    renders += 1;
    response.writeHead(page.status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": page.cacheControl,
      ...(page.tags ? { "surrogate-key": page.tags } : {}),
    });
    response.end(`render ${renders} of ${url.pathname}`);
  });
  appPort = await listen(app);
});

afterAll(async () => {
  await Promise.all(varnishes.map((varnish) => varnish.stop()));
  app.closeAllConnections();
  await new Promise((resolve) => app.close(resolve));
  await database.drop();
});

async function get(varnish: Varnish, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(varnish.url + pathname, { headers });
  return { body: await response.text(), status: response.status, headers: response.headers };
}

describe.each(["campaign", "campaign-ban"] as const)("deploy/varnish/%s.vcl", (vcl) => {
  let varnish: Varnish;
  beforeAll(async () => {
    varnish = await startVarnish({ vcl, backends: [appPort] });
    varnishes.push(varnish);
  });

  it("keeps a public page, hides its tags from readers, and drops only what a purge names", async () => {
    const first = await get(varnish, "/a");
    const again = await get(varnish, "/a");
    expect(again.body).toBe(first.body);
    expect(again.headers.get("x-cache")).toBe("HIT");
    expect(again.headers.get("surrogate-key")).toBeNull();
    expect(again.headers.get("xkey")).toBeNull();
    const other = await get(varnish, "/b");

    await varnishPurger([varnish.url], vcl === "campaign" ? "xkey" : "ban").purge(["article:1"]);

    const after = await get(varnish, "/a");
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(after.body).not.toBe(first.body);
    expect((await get(varnish, "/b")).body).toBe(other.body);

    // A tag two pages share drops both.
    await varnishPurger([varnish.url], vcl === "campaign" ? "xkey" : "ban").purge(["articles"]);
    expect((await get(varnish, "/a")).headers.get("x-cache")).toBe("MISS");
    expect((await get(varnish, "/b")).body).not.toBe(other.body);
  });

  it("serves readers with other cookies from the cache, and signed-in readers and staff from the app", async () => {
    await get(varnish, "/a");
    expect(
      (await get(varnish, "/a", { cookie: "_ga=GA1.1; consent=yes" })).headers.get("x-cache"),
    ).toBe("HIT");
    expect(
      (await get(varnish, "/a", { cookie: "authjs.session-token=abc" })).headers.get("x-cache"),
    ).toBe("PASS");
    expect(
      (await get(varnish, "/a", { cookie: "theme=dark; commenter=abc" })).headers.get("x-cache"),
    ).toBe("PASS");
    await get(varnish, "/admin");
    expect((await get(varnish, "/admin")).headers.get("x-cache")).toBe("PASS");
  });

  it("serves a kept page past its time while the app fails, but not a petition page", async () => {
    await get(varnish, "/short");
    await get(varnish, "/petitions/free");
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    appDown = true;
    try {
      const page = await get(varnish, "/short");
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/^render \d+ of \/short$/);
      // Past its 1 s and its 1 s of stale-while-revalidate, a petition page is not served stale.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await get(varnish, "/petitions/free")).status).toBe(500);
    } finally {
      appDown = false;
    }
  });

  it("refuses a purge from a machine outside its purgers' list", async () => {
    await get(varnish, "/b");
    // 127.0.0.2 is this machine too, but not in the VCL's acl campaign_purgers.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(varnish.url + "/", {
        method: vcl === "campaign" ? "PURGE" : "BAN",
        localAddress: "127.0.0.2",
        headers: { "xkey-purge": "articles", "x-ban-pattern": "articles" },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0));
      request.on("error", reject);
      request.end();
    });
    expect(status).toBe(403);
    expect((await get(varnish, "/b")).headers.get("x-cache")).toBe("HIT");
  });
});

function call<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined)
    throw new Error(`expected at least ${index + 1} items, got ${list.length}`);
  return item;
}

/** A local HTTP server recording each request, answering with `answer`. */
async function fakeApi(answer: (request: http.IncomingMessage) => [number, string]) {
  const seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] =
    [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      const [status, text] = answer(request);
      response.writeHead(status, { "content-type": "application/json" }).end(text);
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("Cloudflare and Fastly", () => {
  it("purges Cloudflare by cache tag with the token, 30 tags a call", async () => {
    const api = await fakeApi(() => [200, JSON.stringify({ success: true, errors: [] })]);
    const tags = Array.from({ length: 31 }, (_, index) => `article:${index}`);
    await cloudflarePurger(api.url, "zone-1", "cf-token").purge(tags);
    await api.close();
    expect(api.seen.map((call) => [call.method, call.url])).toEqual([
      ["POST", "/zones/zone-1/purge_cache"],
      ["POST", "/zones/zone-1/purge_cache"],
    ]);
    expect(call(api.seen, 0).headers.authorization).toBe("Bearer cf-token");
    expect((JSON.parse(call(api.seen, 0).body) as { tags: string[] }).tags).toHaveLength(30);
    expect(JSON.parse(call(api.seen, 1).body)).toEqual({ tags: ["article:30"] });
  });

  it("reports Cloudflare's refusal, even with a 200", async () => {
    const api = await fakeApi(() => [
      200,
      JSON.stringify({ success: false, errors: [{ message: "Invalid zone" }] }),
    ]);
    await expect(cloudflarePurger(api.url, "zone-1", "t").purge(["articles"])).rejects.toThrow(
      /Invalid zone/,
    );
    await api.close();
  });

  it("purges Fastly by surrogate key with the Fastly-Key header", async () => {
    const api = await fakeApi(() => [200, JSON.stringify({ status: "ok" })]);
    await fastlyPurger(api.url, "service-1", "fastly-token").purge(["article:1", "articles"]);
    await api.close();
    expect(api.seen).toHaveLength(1);
    expect(call(api.seen, 0).method).toBe("POST");
    expect(call(api.seen, 0).url).toBe("/service/service-1/purge");
    expect(call(api.seen, 0).headers["fastly-key"]).toBe("fastly-token");
    expect(call(api.seen, 0).headers["surrogate-key"]).toBe("article:1 articles");
  });
});

describe("a failed purge", () => {
  it("never throws to the writer, is kept in the database, and is retried until it succeeds", async () => {
    let failing = true;
    const api = await fakeApi(() => (failing ? [503, "busy"] : [200, "{}"]));
    const purger = fastlyPurger(api.url, "svc", "t");
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(" "));
    try {
      await purgeCacheTags(["article:9", "articles"], { purger, db: database.db });
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/fastly .*503/);
    const kept = await database.db.pendingPurge.findMany();
    expect(kept).toHaveLength(1);
    expect(call(kept, 0).tags).toEqual(["article:9", "articles"]);
    expect(call(kept, 0).nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: nothing is sent.
    const before = api.seen.length;
    console.error = () => undefined;
    expect(await retryPendingPurges({ purger, db: database.db })).toEqual({
      purged: 0,
      abandoned: 0,
    });
    expect(api.seen.length).toBe(before);

    // Due, and still failing: it waits longer.
    const later = new Date(Date.now() + 60_000);
    await retryPendingPurges({ purger, db: database.db, now: later });
    console.error = original;
    const waiting = await database.db.pendingPurge.findFirstOrThrow();
    expect(waiting.attempts).toBe(2);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(later.getTime() + 30_000);

    failing = false;
    const muchLater = new Date(Date.now() + 3_600_000);
    expect(await retryPendingPurges({ purger, db: database.db, now: muchLater })).toEqual({
      purged: 1,
      abandoned: 0,
    });
    expect(api.seen.at(-1)?.headers["surrogate-key"]).toBe("article:9 articles");
    expect(await database.db.pendingPurge.count()).toBe(0);
    await api.close();
  });
});
