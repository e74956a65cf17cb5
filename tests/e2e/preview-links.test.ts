import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const title = `Заява юрыстаў ${suffix}`;
const bodyText = `Чарнавік для праверкі юрыстам ${suffix}.`;

let browser: Browser;
let staff: BrowserContext;
let staffPage: Page;
let articleId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await db.user.findUniqueOrThrow({ where: { email: inject("adminEmail") } });
  const article = await db.article.create({
    data: {
      title,
      slug: `zaiava-${suffix}`,
      body: `<p>${bodyText}</p>`,
      language: "be",
      status: "DRAFT",
      authorId: admin.id,
    },
  });
  articleId = article.id;
  staff = await browser.newContext();
  await staff.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  staffPage = await staff.newPage();
  await signIn(staffPage, baseUrl, inject("adminEmail"), inject("adminPassword"));
});

afterAll(async () => {
  await staff.close();
  await browser.close();
  await db.article.deleteMany({ where: { id: articleId } });
  await db.$disconnect();
});

/** Staff make a link in the editor's "Share preview" panel; it is shown once, to copy. */
async function createLink(label: string, expiry = "7 days"): Promise<string> {
  await staffPage.goto(`${baseUrl}/admin/articles/${articleId}`);
  const panel = staffPage.getByRole("region", { name: "Share preview" });
  await panel.getByLabel("Open for").selectOption({ label: expiry });
  await panel.getByLabel("For whom (optional)").fill(label);
  await panel.getByRole("button", { name: "Create link" }).click();
  const shown = panel.getByLabel("New preview link");
  await shown.waitFor();
  await panel.getByRole("cell", { name: label, exact: true }).waitFor();
  const url = await shown.inputValue();
  expect(url).toMatch(/\/be\/preview\/[A-Za-z0-9_-]{43}$/);
  await panel.getByRole("button", { name: "Copy" }).click();
  await panel.getByRole("button", { name: "Copied" }).waitFor();
  expect(await staffPage.evaluate(() => navigator.clipboard.readText())).toBe(url);
  return `${baseUrl}${new URL(url).pathname}`;
}

async function anonymous<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

describe("shared preview links", () => {
  let link = "";

  it("an outside reviewer opens a draft as readers will see it, with nothing cached or indexed", async () => {
    link = await createLink("Lawyer: statement check");
    await anonymous(async (page) => {
      const response = await page.goto(link);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers["cache-control"]).toBe("private, no-store");
      expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain(
        "noindex",
      );
      // The public chrome in the article's language, the article, the unpublished notice.
      expect(await page.locator("html").getAttribute("lang")).toBe("be");
      await page.getByRole("banner").waitFor();
      await page.getByRole("contentinfo").waitFor();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByText(bodyText).waitFor();
      await page.getByText("Папярэдні прагляд").waitFor();
      expect(await page.getByRole("link", { name: "Preview – back to editing" }).count()).toBe(0);
      expect(await page.locator("#comments, textarea").count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/preview-link-anonymous.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => v.id)).toEqual([]);
    });
    const row = await db.previewLink.findFirstOrThrow({ where: { articleId } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("staff who open the shared link get the way back to the editor", async () => {
    await staffPage.goto(link);
    const back = staffPage.getByRole("link", { name: "Preview – back to editing" });
    await staffPage.getByRole("heading", { level: 1, name: title }).waitFor();
    await back.click();
    await staffPage.waitForURL(`${baseUrl}/admin/articles/${articleId}`);
  });

  it("the staff preview looks like the public page and leads back too", async () => {
    await staffPage.goto(`${baseUrl}/admin/articles/${articleId}/preview`);
    expect(await staffPage.locator("html").getAttribute("lang")).toBe("be");
    await staffPage.getByRole("banner").waitFor();
    await staffPage.getByRole("contentinfo").waitFor();
    await staffPage.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await staffPage.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    await staffPage.screenshot({ path: `${SHOTS}/preview-staff.png`, fullPage: true });
    await staffPage.getByRole("link", { name: "Preview – back to editing" }).click();
    await staffPage.waitForURL(`${baseUrl}/admin/articles/${articleId}`);
  });

  it("without JavaScript the new link is shown as selectable text, with no Copy button", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await staff.storageState(),
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/admin/articles/${articleId}`);
      const panel = page.getByRole("region", { name: "Share preview" });
      await panel.getByLabel("For whom (optional)").fill("Without script");
      await panel.getByRole("button", { name: "Create link" }).click();
      const shown = panel.getByLabel("New preview link");
      await shown.waitFor();
      expect(await shown.inputValue()).toMatch(/\/be\/preview\/[A-Za-z0-9_-]{43}$/);
      expect(await panel.getByRole("button", { name: "Copy" }).count()).toBe(0);
      await panel.getByRole("cell", { name: "Without script", exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("a revoked link and an expired link answer 404", async () => {
    await staffPage.goto(`${baseUrl}/admin/articles/${articleId}`);
    const panel = staffPage.getByRole("region", { name: "Share preview" });
    await panel.screenshot({ path: `${SHOTS}/preview-links-panel.png` });
    await panel.getByRole("button", { name: "Revoke the link Lawyer: statement check" }).click();
    await panel.getByText("Revoked", { exact: true }).waitFor();
    await anonymous(async (page) => {
      expect((await page.goto(link))?.status()).toBe(404);
      await page.getByRole("banner").waitFor();
      expect(await page.getByText(bodyText).count()).toBe(0);
    });

    const second = await createLink("Second reader", "1 hour");
    await anonymous(async (page) => expect((await page.goto(second))?.status()).toBe(200));
    await db.previewLink.updateMany({
      where: { articleId, label: "Second reader" },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    await anonymous(async (page) => {
      expect((await page.goto(second))?.status()).toBe(404);
      expect(await page.getByText(bodyText).count()).toBe(0);
    });
  });
});
