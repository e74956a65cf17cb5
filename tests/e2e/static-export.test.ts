import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { listFiles, referencesOf } from "@/tests/e2e/static-export-crawl";
import { givePersonAPhoto } from "@/tests/e2e/static-export-photo";
import { signIn } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";
import { type Nginx, NGINX_TEST_PATHS, startNginx } from "@/tests/setup/nginx";
import { runScript } from "@/tests/setup/run-script";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl);
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const MIRROR = "/some/mirror/";
const ARTICLE = "news/ales-bialiatski-released/index.html";
let work: string;
let folder: string;
let nginx: Nginx;
let mirrorUrl: string;
let firstRun: Awaited<ReturnType<typeof runScript>>;
let photo: Awaited<ReturnType<typeof givePersonAPhoto>> | undefined;

const exportTo = (target: string, url = baseUrl) =>
  runScript("export-static.ts", [target, "--url", url], {}, 240_000);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "e2e-static-export-"));
  folder = path.join(work, "mirror");
  photo = await givePersonAPhoto(db, inject("e2eDataDir"), baseUrl);
  firstRun = await exportTo(folder);
  const files: Record<string, Buffer> = {};
  for (const file of await listFiles(folder)) {
    files[`www/${file}`] = await readFile(path.join(folder, file));
  }
  nginx = await startNginx({
    config: `events {}
http {
    include /etc/nginx/mime.types;
    ${NGINX_TEST_PATHS}
    server {
        listen 127.0.0.1:{{PORT}};
        location /some/mirror/ { alias {{PREFIX}}/www/; }
    }
}`,
    files,
  });
  mirrorUrl = `http://127.0.0.1:${nginx.port}${MIRROR}`;
}, 300_000);

afterAll(async () => {
  await nginx?.stop();
  await photo?.remove();
  await db.$disconnect();
  await rm(work, { recursive: true, force: true });
});

describe("the static mirror, exported from the running site and served by nginx from another path", () => {
  it("is exported by npm run export:static with its counts", () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    expect(firstRun.stdout).toMatch(
      /Exported [\d,]+ files .* [\d,]+ written, 0 unchanged, 0 removed\./,
    );
    expect(firstRun.stdout).toContain(`Zip: ${folder}.zip`);
  });

  it("has no broken link: every href, src, srcset, url(), feed link and JSON-LD address resolves to a file", async () => {
    const seen = new Set<string>([`${mirrorUrl}index.html`, `${mirrorUrl}sitemap.xml`]);
    const queue = [...seen];
    const broken: string[] = [];
    const toOrigin: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${url} (${response.status})`);
        continue;
      }
      const type = response.headers.get("content-type") ?? "";
      const text = /html|css|xml/.test(type) ? await response.text() : "";
      for (const { ref, inNote } of referencesOf(type, text)) {
        if (/^(?:mailto:|data:|#)/.test(ref)) continue;
        const target = new URL(ref, url);
        if (target.host === origin.host) {
          if (!inNote) toOrigin.push(`${url} -> ${ref}`);
          continue;
        }
        if (target.host !== new URL(mirrorUrl).host) continue;
        expect(target.pathname.startsWith(MIRROR), `${url} -> ${ref}`).toBe(true);
        target.hash = "";
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(toOrigin).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
    for (const file of ["index.html", "be/index.html", "ru/index.html", ARTICLE, "feed.xml"]) {
      expect(seen.has(`${mirrorUrl}${file}`), file).toBe(true);
    }
  });

  it("keeps an uploaded photo's renditions, each srcset candidate with its width", async () => {
    const profile = await readFile(path.join(folder, "people/ales-bialiatski/index.html"), "utf8");
    expect(profile).toMatch(
      /srcset="\.\.\/\.\.\/media\/uploads\/e2e-static-export\/w480\.webp 480w, \.\.\/\.\.\/media\/uploads\/e2e-static-export\/w960\.webp 960w, \.\.\/\.\.\/media\/uploads\/e2e-static-export\/w1200\.webp 1200w"/,
    );
    for (const width of [480, 960, 1200]) {
      await stat(path.join(folder, `media/uploads/e2e-static-export/w${width}.webp`));
    }
  });

  it("makes no request to the original site in Chromium, and keeps no script but the search's", async () => {
    const pages = ["index.html", ARTICLE, "category/news/index.html", "petitions/index.html"];
    const requests: string[] = [];
    await withPage(async (page, context) => {
      context.on("request", (request) => requests.push(request.url()));
      for (const file of [...pages, "search/index.html?q=Bialiatski"]) {
        const response = await page.goto(`${mirrorUrl}${file}`, { waitUntil: "networkidle" });
        expect(response?.status(), file).toBe(200);
      }
      // The search runs in the browser, on the language's own index.
      const results = page.locator("#mirror-search-results li a");
      await expect.poll(() => results.count()).toBeGreaterThan(0);
      const href = await results.first().getAttribute("href");
      expect((await page.request.get(href!)).status()).toBe(200);
    });
    expect(requests.filter((url) => new URL(url).host === origin.host)).toEqual([]);
    for (const file of pages) {
      const html = await readFile(path.join(folder, file), "utf8");
      expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [], file).toEqual([]);
    }
  });

  it("reads without JavaScript: the article's heading and text, and the search says what to do instead", async () => {
    await withPage(
      async (page) => {
        await page.goto(`${mirrorUrl}${ARTICLE}`);
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
          "Ales Bialiatski is free after 1052 days in prison",
        );
        expect(await page.locator("main").textContent()).toContain("Minsk");
        await expect
          .poll(() => page.getByText("Comments are taken on the main site only").count())
          .toBe(1);
        await page.goto(`${mirrorUrl}search/index.html`);
        expect(await page.getByText("Search needs JavaScript in this copy").isVisible()).toBe(true);
        await page.goto(`${mirrorUrl}be/search/index.html`);
        expect(await page.getByText("Каб шукаць у гэтай копіі сайта").isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });

  it("opens from a folder on disk too (file://), search included", async () => {
    await withPage(async (page) => {
      await page.goto(`file://${folder}/search/index.html?q=Bialiatski`);
      await expect.poll(() => page.locator("#mirror-search-results li").count()).toBeGreaterThan(0);
      await page.goto(`file://${folder}/${ARTICLE}`);
      await page.getByRole("link", { name: "Petitions" }).first().click();
      expect(page.url()).toBe(`file://${folder}/petitions/index.html`);
    });
  });

  it("has a manifest of every file's SHA-256, and a zip of exactly those files", async () => {
    const manifest = (await readFile(path.join(folder, "SHA256SUMS"), "utf8")).trim().split("\n");
    const files = (await listFiles(folder)).filter((file) => file !== "SHA256SUMS");
    expect(manifest.map((line) => line.slice(66))).toEqual(files);
    const zip = unzipSync(await readFile(`${folder}.zip`));
    expect(Object.keys(zip).sort()).toEqual(
      [...files, "SHA256SUMS"].map((file) => `mirror/${file}`).sort(),
    );
    for (const line of manifest) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      expect(createHash("sha256").update(zip[`mirror/${file}`]!).digest("hex"), file).toBe(hash);
      expect(
        createHash("sha256")
          .update(await readFile(path.join(folder, file)))
          .digest("hex"),
      ).toBe(hash);
    }
  });

  it("writes again only the files whose content changed", async () => {
    const sums = async () =>
      new Map(
        (await readFile(path.join(folder, "SHA256SUMS"), "utf8"))
          .trim()
          .split("\n")
          .map((line) => [line.slice(66), line.slice(0, 64)] as const),
      );
    const before = await sums();
    const articleTime = (await stat(path.join(folder, ARTICLE))).mtimeMs;
    const again = await exportTo(folder);
    expect(again.code, again.stderr).toBe(0);
    const after = await sums();
    // Other test files run against the same site before this one, and a page may still change
    // between two exports (a count, a revalidation): exactly those files are written.
    const changed = [...after].filter(([file, sum]) => before.get(file) !== sum).length;
    const removed = [...before.keys()].filter((file) => !after.has(file)).length;
    const counts = / (\d+) written, [\d,]+ unchanged, (\d+) removed\./.exec(again.stdout);
    expect(counts, again.stdout).not.toBeNull();
    expect(Number(counts?.[1])).toBe(changed);
    expect(Number(counts?.[2])).toBe(removed);
    expect(changed).toBeLessThan(after.size / 10);
    if (before.get(ARTICLE) === after.get(ARTICLE))
      expect((await stat(path.join(folder, ARTICLE))).mtimeMs).toBe(articleTime);
  });

  it("says in one line how to start the site when nothing answers", async () => {
    const result = await exportTo(path.join(work, "nowhere"), "http://127.0.0.1:9");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Nothing answers at http://127.0.0.1:9. Start the site with `npm start`, or pass --url with the address of a running server of this site.",
    );
  });
});

describe("the staff button", () => {
  it("is refused to an author, and the zip to anyone not signed in", async () => {
    const author = await createUser(db, { role: "AUTHOR" });
    await withPage(async (page) => {
      await signIn(page, baseUrl, author.email, TEST_PASSWORD);
      expect((await page.goto(`${baseUrl}/admin/export`))?.status()).toBe(403);
      expect((await page.request.get(`${baseUrl}/admin/export/mirror.zip`)).status()).toBe(403);
    });
    const anonymous = await fetch(`${baseUrl}/admin/export/mirror.zip`, { redirect: "manual" });
    expect(anonymous.status).not.toBe(200);
  });

  it("exports the site as a job with a progress bar, then offers the zip and the counts", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/export`);
      await page.getByRole("link", { name: "Static mirror" }).waitFor();
      await page.getByRole("button", { name: "Export a static mirror" }).click();
      await expect
        .poll(() => page.getByRole("progressbar", { name: "Progress" }).count(), {
          timeout: 20_000,
        })
        .toBe(1);
      const download = page.getByRole("link", { name: /^Download the zip/ });
      await expect.poll(() => download.count(), { timeout: 180_000, interval: 1_000 }).toBe(1);
      expect(Number(await page.locator("[data-count=files]").textContent())).toBeGreaterThan(100);
      await page.screenshot({ path: `${SHOTS}/static-export-done.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).include("main").analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
        [],
      );
      const zip = await page.request.get(`${baseUrl}/admin/export/mirror.zip`);
      expect(zip.status()).toBe(200);
      expect(zip.headers()["content-type"]).toBe("application/zip");
      expect(Object.keys(unzipSync(await zip.body()))).toContain(`mirror/${ARTICLE}`);
    });
  }, 240_000);
});
