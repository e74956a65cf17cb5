import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { formatLocalDateTime } from "@/lib/articles/schemas";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn as signInAs } from "@/tests/e2e/staff-session";
import { makeImage } from "@/tests/factories/media";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const title = `Vigil for Ales Bialiatski ${suffix}`;
const tag = `Vigil ${suffix}`;
const altText = `Candles at the vigil ${suffix}`;

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

const signIn = (page: Page, email: string, password: string) =>
  signInAs(page, baseUrl, email, password);

async function siteTimeZone(): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: "site" } });
  const value = row?.value as { timeZone?: string } | null;
  return value?.timeZone ?? "Europe/Minsk";
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("staff content", () => {
  let articleId = "";
  let slug = "";

  it("an admin uploads a cover, writes an article with tags, previews, schedules and publishes it", async () => {
    const page = await newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));

    await page.goto(`${baseUrl}/admin/media`);
    await page.getByLabel("Image file").setInputFiles({
      name: "vigil.png",
      mimeType: "image/png",
      buffer: await makeImage("png", 1200, 630),
    });
    await page.getByLabel("Alt text (what the image shows)").fill(altText);
    await page.getByRole("button", { name: "Upload" }).click();
    await page.getByText('"vigil.png" was uploaded.').waitFor();
    await page.getByRole("img", { name: altText }).waitFor();

    await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
    await page.getByLabel("Title", { exact: true }).fill(title);
    const editor = page.locator(".ProseMirror");
    await editor.click();
    await page.keyboard.type("The original text of the vigil report.");
    await page.getByLabel("Tags").fill(`${tag}, Solidarity`);
    await page.getByRole("button", { name: "Choose cover…" }).click();
    const covers = page.getByRole("dialog", { name: "Choose a cover" });
    await covers.getByLabel("Search by name or alt text").fill(altText);
    await covers.getByRole("button", { name: "Search", exact: true }).click();
    await covers.getByRole("button", { name: altText }).click();
    await page.getByLabel("Cover caption").fill("Candles in Vilnius");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/admin\/articles\/[^/]+\?saved=save$/);
    await page.getByText("Saved.", { exact: true }).waitFor();
    articleId = new URL(page.url()).pathname.split("/").pop()!;
    const saved = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    slug = saved.slug;
    expect(slug).toBe(`vigil-for-ales-bialiatski-${suffix}`);
    expect(saved.body).toContain("The original text of the vigil report.");

    const preview = await newPage();
    await signIn(preview, inject("adminEmail"), inject("adminPassword"));
    await preview.goto(`${baseUrl}/admin/articles/${articleId}/preview`);
    await preview.getByText(/Preview:.*not published/).waitFor();
    expect(await preview.getByRole("heading", { level: 1, name: title }).count()).toBe(1);
    expect(await preview.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    expect(await preview.getByRole("img", { name: altText }).count()).toBeGreaterThan(0);

    const at = formatLocalDateTime(new Date(Date.now() + 2 * 86_400_000), await siteTimeZone());
    await page.getByLabel(/^Publish at/).fill(at);
    await page.getByRole("button", { name: "Schedule" }).click();
    await page.waitForURL(/saved=schedule$/);
    await page.getByText("Status: Scheduled").waitFor();
    expect((await page.request.get(`${baseUrl}/news/${slug}`)).status()).toBe(404);

    await page.getByRole("button", { name: "Publish now" }).click();
    await page.waitForURL(/saved=publish$/);
    await page.getByText("Published: readers can see it now.").waitFor();

    const reader = await browser.newPage();
    const response = await reader.goto(`${baseUrl}/news/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await reader.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    await reader.getByText("The original text of the vigil report.").waitFor();
    expect(await reader.getByRole("link", { name: tag }).count()).toBeGreaterThan(0);
    expect(await reader.getByRole("img", { name: altText }).count()).toBeGreaterThan(0);
    await reader.close();
  });

  it("restoring a revision brings back the old text on the public site", async () => {
    const page = await newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`${baseUrl}/admin/articles/${articleId}`);
    const editor = page.locator(".ProseMirror");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("A rewritten text that replaced the report.");
    await page.getByRole("button", { name: "Update" }).click();
    await page.waitForURL(/saved=save$/);
    const reader = await browser.newPage();
    await reader.goto(`${baseUrl}/news/${slug}`);
    await reader.getByText("A rewritten text that replaced the report.").waitFor();

    await page.goto(`${baseUrl}/admin/articles/${articleId}/revisions`);
    await page.getByRole("button", { name: "Compare selected revisions" }).click();
    await page.locator("del", { hasText: "original" }).first().waitFor();
    await page.goBack();
    const oldest = page.getByRole("row").last();
    await oldest.getByRole("button", { name: "Restore this revision" }).click();
    await page.waitForURL(/saved=revision$/);

    await reader.goto(`${baseUrl}/news/${slug}`);
    await reader.getByText("The original text of the vigil report.").waitFor();
    expect(await reader.getByText("A rewritten text").count()).toBe(0);
    await reader.close();
  });

  it("an author cannot publish: no button, and the action refuses a forged publish", async () => {
    const author = await createUser(db, { role: "AUTHOR" });
    const page = await newPage();
    await signIn(page, author.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
    await page.getByLabel("Title", { exact: true }).fill(`Author draft ${suffix}`);
    expect(await page.getByRole("button", { name: "Publish now" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Schedule" }).count()).toBe(0);
    await page.getByRole("button", { name: "Submit for review" }).waitFor();

    // A hand-made request: the same form with a "publish" button the page never offered.
    await page.evaluate(() => {
      const form = document.querySelector("form:has(#title)");
      const button = document.createElement("button");
      button.type = "submit";
      button.name = "intent";
      button.value = "publish";
      button.textContent = "Forged publish";
      form?.append(button);
    });
    await page.getByRole("button", { name: "Forged publish" }).click();
    await page.getByRole("alert").filter({ hasText: "permission" }).waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(
      `Author draft ${suffix}`,
    );
    expect(
      await db.article.count({ where: { title: `Author draft ${suffix}` } }),
      "nothing was saved",
    ).toBe(0);

    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.waitForURL(/saved=submit$/);
    const submitted = await db.article.findFirstOrThrow({
      where: { title: `Author draft ${suffix}` },
    });
    expect(submitted.status).toBe("IN_REVIEW");
  });

  it("without JavaScript the editor is a textarea of HTML that saves, sanitized, and keeps input on errors", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
    const body = `<p>Written without script ${suffix}</p><script>alert(1)</script>`;
    await page.getByLabel("Text", { exact: true }).fill(body);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Give the article a title.").first().waitFor();
    expect(await page.getByLabel("Text", { exact: true }).inputValue()).toBe(body);

    await page.getByLabel("Title", { exact: true }).fill(`No script ${suffix}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/admin\/articles\/[^/]+\?saved=save$/);
    const saved = await db.article.findFirstOrThrow({ where: { title: `No script ${suffix}` } });
    expect(saved.body).toBe(`<p>Written without script ${suffix}</p>`);
  });

  it("keeps unsaved typing through a reload and warns before leaving", async () => {
    const page = await newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`${baseUrl}/admin/articles/${articleId}`);
    await page.locator(".ProseMirror").waitFor();
    await page.getByLabel("Title", { exact: true }).fill(`Unsaved title ${suffix}`);
    // The draft reaches the browser's storage a moment after typing stops.
    await page.waitForFunction(
      (title) => Object.values(localStorage).some((value: string) => value.includes(title)),
      `Unsaved title ${suffix}`,
    );
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toContain("beforeunload");
    await page.getByText(/Unsaved changes from .* were restored/).waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(
      `Unsaved title ${suffix}`,
    );
    await page.getByRole("button", { name: "discard them" }).click();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(title);
  });

  it("a stale save is refused with a conflict message; both texts are kept", async () => {
    const first = await newPage();
    const second = await newPage();
    await signIn(first, inject("adminEmail"), inject("adminPassword"));
    await signIn(second, inject("adminEmail"), inject("adminPassword"));
    for (const page of [first, second]) {
      await page.goto(`${baseUrl}/admin/articles/${articleId}`);
      await page.locator(".ProseMirror").waitFor();
    }
    await first.getByLabel("Excerpt").fill(`Their excerpt ${suffix}`);
    await first.getByRole("button", { name: "Update" }).click();
    await first.waitForURL(/saved=save$/);

    await second.getByLabel("Excerpt").fill(`My excerpt ${suffix}`);
    await second.getByRole("button", { name: "Update" }).click();
    await second.getByRole("alert").filter({ hasText: "after you opened it" }).waitFor();
    expect(await second.getByLabel("Excerpt").inputValue()).toBe(`My excerpt ${suffix}`);
    await second.getByRole("link", { name: "Compare their version with yours" }).waitFor();
    const row = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row.excerpt).toBe(`Their excerpt ${suffix}`);

    await second.goto(`${baseUrl}/admin/articles/${articleId}/revisions`);
    await second.getByText("Conflicting save").first().waitFor();
  });
});
