import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, isProcessAlive } from "@/lib/runtime/processes";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { makeImage } from "@/tests/factories/media";
import { ADMIN, type Cluster, startCluster, startInstance } from "@/tests/cluster/servers";

/**
 * Two instances of one build on one PostgreSQL, with Varnish in front (tests/cluster/servers.ts):
 * what staff do through one instance is what readers see through Varnish and through the other,
 * within 2 seconds, and readers keep reading while PostgreSQL or an instance is down.
 */

let cluster: Cluster;
let browser: Browser;
let staff: Page;
const suffix = Date.now().toString(36);
const title = `Cluster vigil ${suffix}`;
let slug = "";

beforeAll(async () => {
  cluster = await startCluster();
  browser = await launchBrowser();
  staff = await browser.newPage();
  await signIn(staff, cluster.a.url, ADMIN.email, ADMIN.password);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
});

type Read = { status: number; body: string; cache: string | null };
async function read(url: string): Promise<Read> {
  const response = await fetch(url, { redirect: "manual" });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("x-cache"),
  };
}

/** Milliseconds until `check` holds for every URL, polling every 50 ms; fails after `limit`. */
async function shownWithin(limit: number, urls: string[], check: (read: Read) => boolean) {
  const start = Date.now();
  const pending = new Set(urls);
  const last = new Map<string, Read>();
  while (pending.size > 0) {
    for (const url of [...pending]) {
      const result = await read(url);
      last.set(url, result);
      if (check(result)) pending.delete(url);
    }
    if (pending.size === 0) break;
    if (Date.now() - start > limit) {
      const seen = [...pending].map(
        (url) => `${url}: ${last.get(url)?.status} ${last.get(url)?.cache}`,
      );
      throw new Error(`not shown within ${limit} ms: ${seen.join("; ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - start;
}

/** Both the page through Varnish and through instance B, cached (Varnish answers HIT). */
async function warm(pathname: string) {
  await read(cluster.varnish.url + pathname);
  const again = await read(cluster.varnish.url + pathname);
  await read(cluster.b.url + pathname);
  return again;
}

async function typeBody(text: string) {
  const editor = staff.locator(".ProseMirror");
  await editor.click();
  await staff.keyboard.press("ControlOrMeta+a");
  await staff.keyboard.type(text);
}

describe("two instances behind Varnish", () => {
  it("publishes through one instance: the story shows through Varnish and the other instance within 2 s", async () => {
    expect((await warm("/")).cache).toBe("HIT");
    expect((await read(cluster.varnish.url + "/")).body).not.toContain(title);

    await staff.goto(`${cluster.a.url}/admin/articles/new?kind=POST`);
    await staff.getByLabel("Title", { exact: true }).fill(title);
    await typeBody("The first report of the cluster vigil.");
    await staff.getByRole("button", { name: "Publish now" }).click();
    await staff.waitForURL(/saved=publish$/);
    await staff.getByText("Published: readers can see it now.").waitFor();
    const homes = [cluster.varnish.url + "/", cluster.b.url + "/"];
    const took = await shownWithin(2_000, homes, (page) => page.body.includes(title));
    console.log(`published story on the home page through Varnish and B after ${took} ms`);

    const link = /href="(?:[^"]*)\/news\/([^"/?#]+)"[^>]*>[^<]*Cluster vigil/.exec(
      (await read(cluster.varnish.url + "/")).body,
    );
    slug = link?.[1] ?? "";
    expect(slug).not.toBe("");
  });

  it("names what each answer shows in Surrogate-Key for Varnish, every page with the settings tag", async () => {
    for (const pathname of ["/", `/news/${slug}`, "/be", "/feed.xml"]) {
      const response = await fetch(cluster.a.url + pathname);
      const tags = (response.headers.get("surrogate-key") ?? "").split(" ");
      expect(tags, pathname).toContain("settings");
      if (pathname === "/" || pathname === "/feed.xml")
        expect(tags, pathname).toContain("articles");
      // Readers never see them.
      expect((await fetch(cluster.varnish.url + pathname)).headers.get("surrogate-key")).toBeNull();
    }
    const story = (await fetch(`${cluster.a.url}/news/${slug}`)).headers.get("surrogate-key") ?? "";
    expect(story).toMatch(/(^| )article:[a-z0-9]+( |$)/);
  });

  it("edits through one instance: the cached story changes through Varnish and the other within 2 s", async () => {
    expect((await warm(`/news/${slug}`)).cache).toBe("HIT");
    await typeBody("A corrected report of the cluster vigil.");
    await staff.getByRole("button", { name: "Update" }).click();
    await staff.waitForURL(/saved=save$/);
    const pages = [cluster.varnish.url, cluster.b.url].map((base) => `${base}/news/${slug}`);
    const took = await shownWithin(2_000, pages, (page) =>
      page.body.includes("A corrected report"),
    );
    console.log(`edited story through Varnish and B after ${took} ms`);
    expect((await read(pages[0] ?? "")).body).not.toContain("The first report");
  });

  it("a trashed story is gone everywhere within 2 s", async () => {
    await warm(`/news/${slug}`);
    await warm("/");
    await staff.getByRole("button", { name: "Move to trash" }).click();
    await staff.getByText("Moved to the trash.").waitFor();
    const bases = [cluster.varnish.url, cluster.b.url];
    const took = await shownWithin(
      2_000,
      bases.map((base) => `${base}/news/${slug}`),
      (page) => page.status === 404,
    );
    await shownWithin(
      2_000,
      bases.map((base) => `${base}/`),
      (page) => !page.body.includes(title),
    );
    console.log(`trashed story gone through Varnish and B after ${took} ms`);
  });

  it("an image uploaded through one instance is served by the other (media on S3)", async () => {
    await staff.goto(`${cluster.a.url}/admin/media`);
    const image = await makeImage("png", 800, 420);
    await staff
      .getByLabel("Image file")
      .setInputFiles({ name: "cluster.png", mimeType: "image/png", buffer: image });
    await staff.getByLabel("Alt text (what the image shows)").fill(`Cluster candles ${suffix}`);
    await staff.getByRole("button", { name: "Upload" }).click();
    await staff.getByText('"cluster.png" was uploaded.').waitFor();
    const src = await staff
      .getByRole("img", { name: `Cluster candles ${suffix}` })
      .first()
      .getAttribute("src");
    const pathname = new URL(src ?? "", cluster.a.url).pathname;
    expect(pathname).toMatch(/^\/media\//);
    const fromA = await fetch(cluster.a.url + pathname);
    const fromB = await fetch(cluster.b.url + pathname);
    expect(fromB.status).toBe(200);
    expect(fromB.headers.get("content-type")).toMatch(/^image\//);
    expect(Buffer.from(await fromB.arrayBuffer())).toEqual(Buffer.from(await fromA.arrayBuffer()));
  });

  it("refuses a third instance on the same database without the same AUTH_SECRET, in one line", async () => {
    const port = await findFreePort();
    const refused = startInstance("c", {
      ...cluster.env,
      NEXT_DIST_DIR: cluster.a.distDir,
      PORT: String(port),
      AUTH_SECRET: "another secret that is also longer than 32 characters",
    });
    const error = await refused.then(
      () => null,
      (failure: Error) => failure.message,
    );
    expect(error).toMatch(/exited with [1-9]/);
    expect(error).toMatch(/AUTH_SECRET/);
  });
});

describe("outages", () => {
  it("keeps serving published pages through Varnish while PostgreSQL is down for 20 s, and takes writes after", async () => {
    const home = await warm("/");
    const story = /href="[^"]*(\/news\/[^"/?#]+)"/.exec(home.body)?.[1] ?? "";
    expect(story).not.toBe("");
    await warm(story);
    await cluster.postgres.stop();
    const answers: number[] = [];
    try {
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        for (const pathname of ["/", story])
          answers.push((await read(cluster.varnish.url + pathname)).status);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    } finally {
      await cluster.postgres.start();
    }
    expect(answers.length).toBeGreaterThan(30);
    expect(answers.filter((status) => status !== 200)).toEqual([]);

    // Nothing else restarted: the next staff write works, and shows everywhere.
    await staff.goto(`${cluster.a.url}/admin/articles/new?kind=POST`);
    const after = `After the outage ${suffix}`;
    await staff.getByLabel("Title", { exact: true }).fill(after);
    await typeBody("Written once PostgreSQL was back.");
    await staff.getByRole("button", { name: "Publish now" }).click();
    await staff.getByText("Published: readers can see it now.").waitFor();
    await shownWithin(2_000, [cluster.varnish.url + "/", cluster.b.url + "/"], (page) =>
      page.body.includes(after),
    );
  });

  it("routes readers to the other instance when one is killed, with no error page", async () => {
    const paths = ["/", "/be", "/ru", "/login", "/search?q=vigil", "/feed.xml", "/people"];
    const nextPid = Number(await readFile(path.join(cluster.b.dataDir, "next.pid"), "utf8"));
    expect(isProcessAlive(nextPid)).toBe(true);
    cluster.b.child.kill("SIGKILL");
    await cluster.b.exited();
    const statuses: Record<string, number> = {};
    for (let round = 0; round < 5; round += 1) {
      for (const pathname of paths) {
        const result = await read(cluster.varnish.url + pathname);
        statuses[`${round} ${pathname}`] = result.status;
      }
    }
    expect(Object.entries(statuses).filter(([, status]) => status >= 500)).toEqual([]);
    // Its Next.js server, cut off from a front that is gone, stops too.
    const deadline = Date.now() + 10_000;
    while (isProcessAlive(nextPid) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isProcessAlive(nextPid)).toBe(false);
  });
});
