import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { withImportLock } from "@/lib/import/wordpress/lock";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";
import { wxrFile } from "@/tests/factories/wxr";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("e2eDatabaseUrl");
const db = createPrismaClient(databaseUrl);
const withPage = fileBrowser();
const EXPORT = "tests/fixtures/wordpress/campaign-export.xml";
const started = new Date();
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "e2e-import-"));
});

/**
 * What the import made is taken away again, so the other files read the demo site as seeded:
 * the imported articles (their comments and redirects go with them) and terms, then a marker
 * the server's tick sees, which refreshes every public page.
 */
afterAll(async () => {
  const imported = await db.importedItem.findMany({
    where: { createdAt: { gte: started }, type: "POST" },
    select: { targetId: true },
  });
  await db.article.deleteMany({ where: { id: { in: imported.map((item) => item.targetId) } } });
  await db.redirect.deleteMany({ where: { source: "IMPORT", createdAt: { gte: started } } });
  await db.term.deleteMany({ where: { createdAt: { gte: started } } });
  await db.importedItem.deleteMany({ where: { createdAt: { gte: started } } });
  await db.setting.upsert({
    where: { key: "import.finishedAt" },
    create: { key: "import.finishedAt", value: new Date().toISOString() },
    update: { value: new Date().toISOString() },
  });
  // The tick runs every 30 s: then readers get the demo site as it was.
  const deadline = Date.now() + 45_000;
  while ((await fetch(`${baseUrl}/news/ales-bialiatski-is-free`)).status !== 404) {
    if (Date.now() > deadline) throw new Error("public pages were not refreshed after the cleanup");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await db.$disconnect();
  await rm(folder, { recursive: true, force: true });
}, 60_000);

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

const reportHeading = (page: Page, name: string) =>
  page.getByRole("heading", { name, exact: true });

describe("importing a WordPress site from the staff area", () => {
  it("is for admins: an editor gets the forbidden page and the upload route refuses them", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    await withPage(async (page) => {
      await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
      const response = await page.goto(`${baseUrl}/admin/import`);
      expect(response?.status()).toBe(403);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        "You do not have access to this page",
      );
      const upload = await page.request.post(`${baseUrl}/admin/import/upload`, {
        headers: { Origin: baseUrl, Accept: "application/json" },
        multipart: {
          authors: "mine",
          file: { name: "x.xml", mimeType: "text/xml", buffer: Buffer.from("<rss/>") },
        },
      });
      expect(upload.status()).toBe(403);
      expect(await db.importJob.count({ where: { startedById: editor.id } })).toBe(0);
    });
  });

  it("an admin uploads the export, follows its progress (a reload too), reads the report, and readers get the article with its comments", async () => {
    // A reader has the tag's archive cached (by Next.js and the front) before the import.
    const archive = async () => (await fetch(`${baseUrl}/tag/solidarity`)).text();
    expect(await archive()).not.toContain("Solidarity continues");
    expect(await archive()).not.toContain("Solidarity continues");
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
        await page.goto(`${baseUrl}/admin/import`);
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
          "Import from WordPress",
        );
        await expectNoSeriousAxeViolations(page);
        const form = page.getByRole("form", { name: "Upload an export" });
        await form.getByLabel("WordPress export file (.xml)").setInputFiles(EXPORT);
        await form
          .getByLabel("Create an inactive author account for each WordPress author")
          .check();

        // A command-line import holds the lock: the job waits in the queue, visibly.
        let jobUrl = "";
        await withImportLock(databaseUrl, async () => {
          await form.getByRole("button", { name: "Upload and import" }).click();
          await page.waitForURL(/\/admin\/import\/[a-z0-9]+$/);
          jobUrl = page.url();
          await expect
            .poll(() => page.locator("#import-stage").textContent(), { timeout: 20_000 })
            .toMatch(/Waiting/);
          expect(await page.getByRole("progressbar", { name: "Progress" }).count()).toBe(1);
          await page.screenshot({ path: `${SHOTS}/import-waiting-360.png`, fullPage: true });
          await expectNoSeriousAxeViolations(page);
          // Everything comes from the database: a reload shows the same import.
          await page.reload();
          expect(page.url()).toBe(jobUrl);
          expect(await page.getByRole("progressbar", { name: "Progress" }).count()).toBe(1);
          expect(await page.locator("#import-stage").textContent()).toMatch(/Waiting/);
        });

        // The lock is free: the server takes the job up, and the page follows without a reload.
        await expect
          .poll(() => reportHeading(page, "Report").count(), { timeout: 60_000, interval: 500 })
          .toBe(1);
        expect(await page.locator("#import-stage").textContent()).toBe("Finished");
        const counts = page.getByRole("table", {
          name: "Items created, updated, unchanged and skipped",
        });
        const created = async (kind: string) =>
          Number(
            await counts
              .getByRole("row", { name: new RegExp(`^${kind}\\b`) })
              .getByRole("cell")
              .first()
              .textContent(),
          );
        expect(await created("Posts")).toBeGreaterThanOrEqual(10);
        expect(await created("Pages")).toBe(2);
        expect(await created("Comments")).toBeGreaterThanOrEqual(5);
        expect(await page.getByText("Not imported because of their status or type").count()).toBe(
          1,
        );
        expect(await page.locator("main").textContent()).toMatch(/trash: 1/);
        await page.screenshot({ path: `${SHOTS}/import-report-360.png`, fullPage: true });
        await expectNoSeriousAxeViolations(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);

        await page.goto(`${baseUrl}/admin/import`);
        const row = page.getByRole("row").filter({ hasText: "campaign-export.xml" }).first();
        expect(await row.textContent()).toContain("Done");
      },
      { viewport: { width: 360, height: 740 } },
    );

    // The finished job called a tick at once: cached pages show the imported stories within
    // seconds, not at the next tick (30 s) or when the front's copy expires (30 s).
    await expect
      .poll(archive, { timeout: 10_000, interval: 500 })
      .toContain("Solidarity continues");

    // Readers: the article at its new address, its thread with the reply under its comment.
    await withPage(async (page) => {
      const response = await page.goto(`${baseUrl}/news/ales-bialiatski-is-free`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("main h1").first().textContent()).toBe("Ales Bialiatski is free");
      const section = page.locator("[data-comments-section]");
      const first = section.locator("[data-comment-id]", { hasText: "Wonderful news" }).first();
      await first.waitFor();
      const thread = first.locator("xpath=..");
      expect(
        await thread.locator("[data-comment-id]", { hasText: "Thank you, Maryia" }).count(),
      ).toBe(1);
      expect(await page.content()).not.toContain("203.0.113.7");
      // The old address leads here.
      const old = await fetch(`${baseUrl}/2014/06/21/ales-bialiatski-is-free/`, {
        redirect: "manual",
      });
      expect(old.status).toBe(301);
      expect(new URL(old.headers.get("location") ?? "", baseUrl).pathname).toBe(
        "/news/ales-bialiatski-is-free",
      );
    });
  });

  it("works without JavaScript, and an export larger than the proxy's 12 MB arrives whole (dry run)", async () => {
    const items = Array.from({ length: 1_400 }, (_, index) => ({
      id: 50_000 + index,
      title: `Old draft ${index}`,
      status: "trash",
      content: "Lorem ipsum dolor sit amet. ".repeat(360),
    }));
    const file = path.join(folder, "large-export.xml");
    const bytes = wxrFile({ items });
    expect(bytes.length).toBeGreaterThan(13 * 1024 * 1024);
    await writeFile(file, bytes);
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
        await page.goto(`${baseUrl}/admin/import`);
        await page.getByLabel("WordPress export file (.xml)").setInputFiles(file);
        await page.getByLabel("Put every item under my name").check();
        await page.getByLabel(/^Dry run/).check();
        await page.getByRole("button", { name: "Upload and import" }).click();
        await page.waitForURL(/\/admin\/import\/[a-z0-9]+$/, { timeout: 30_000 });
        // The page reloads itself (meta refresh) until the report is there.
        await expect
          .poll(
            () =>
              reportHeading(page, "What the import would do")
                .count()
                .catch(() => 0),
            {
              timeout: 60_000,
              interval: 1_000,
            },
          )
          .toBe(1);
        expect(await page.locator("main").textContent()).toMatch(/trash: 1,400/);
        expect(await page.locator("main").textContent()).toContain("dry run: nothing is written");
      },
      { javaScriptEnabled: false },
    );
    const job = await db.importJob.findFirstOrThrow({
      where: { fileName: "large-export.xml" },
      orderBy: { createdAt: "desc" },
    });
    expect(Number(job.fileSize)).toBe(bytes.length);
    expect(job.status).toBe("DONE");
    expect(await db.article.count({ where: { title: "Old draft 0" } })).toBe(0);
  });
});
