import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createArticle } from "@/tests/factories/articles";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
const suffix = randomBytes(3).toString("hex");
const SHOTS = "/tmp/editor-autosave";
let adminId = "";

beforeAll(async () => {
  adminId = (await db.user.findUniqueOrThrow({ where: { email: admin.email } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

const editor = (page: Page) => page.locator(".ProseMirror");
const indicator = (page: Page) => page.locator("[data-autosave]");

async function typeAtEnd(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

const failureAlert = (page: Page) => page.locator('[data-autosave] [role="alert"]');

/** The tab is hidden (another tab, the phone locked), as the page's visibilitychange sees it. */
async function hideTab(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    Reflect.deleteProperty(document, "visibilityState");
  });
}

const autosaves = (articleId: string) =>
  db.articleRevision.findMany({ where: { articleId, kind: "AUTOSAVE" } });

describe("autosave in the editor", () => {
  it("autosaves to the server while typing, survives closing the tab, and is offered back in another browser", async () => {
    const article = await createArticle(db, adminId, {
      title: `Autosave ${suffix}`,
      body: "<p>Saved text.</p>",
    });
    const typed = ` Typed before the tab closed ${suffix}.`;
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(`${baseUrl}/admin/articles/${article.id}`);
      await typeAtEnd(page, typed);
      await expect
        .poll(() => indicator(page).textContent(), { timeout: 20_000 })
        .toMatch(/^Saved \d{2}:\d{2}$/);
      await page.screenshot({ path: `${SHOTS}/saved-indicator.png`, fullPage: false });
      await page.close({ runBeforeUnload: false });
    });
    const [autosave] = await autosaves(article.id);
    expect(autosave?.body).toContain(typed.trim());
    const unchanged = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(unchanged.body).toBe("<p>Saved text.</p>");
    expect(unchanged.updatedAt.getTime()).toBe(article.updatedAt.getTime());

    // A new context: no localStorage copy, only the server's autosave can bring the text back.
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(`${baseUrl}/admin/articles/${article.id}`);
      const offer = page.getByText(/An autosave from \d{2}:\d{2} is newer than the saved version/);
      await offer.waitFor();
      await page.screenshot({ path: `${SHOTS}/offer.png` });
      expect(await editor(page).textContent()).not.toContain(typed.trim());
      await page.getByRole("button", { name: "Restore", exact: true }).click();
      await expect.poll(() => editor(page).textContent()).toContain(typed.trim());
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(/\?saved=save$/);
    });
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(saved.body).toContain(typed.trim());
    expect(await autosaves(article.id)).toHaveLength(0);
  });

  it("gives a new article its id from the first autosave with a title", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(`Brand new ${suffix}`);
      await typeAtEnd(page, "The first words of a new article.");
      await page.waitForURL(/\/admin\/articles\/[^/?]+$/, { timeout: 20_000 });
      const id = new URL(page.url()).pathname.split("/").pop()!;
      expect(id).not.toBe("new");
      await expect.poll(() => indicator(page).textContent()).toMatch(/^Saved \d{2}:\d{2}$/);
      const created = await db.article.findUniqueOrThrow({ where: { id } });
      expect(created.status).toBe("DRAFT");
      expect(created.body).toContain("The first words");
      // The form now knows the version it was created at, so a later save is conflict-checked.
      expect(await page.locator('input[name="expectedUpdatedAt"]').inputValue()).toBe(
        created.updatedAt.toISOString(),
      );
      // "Saved 14:02" is shown but not announced: no live region, an empty alert.
      expect(await indicator(page).getAttribute("role")).toBeNull();
      expect(await indicator(page).locator('[role="status"]').count()).toBe(0);
      expect(await failureAlert(page).textContent()).toBe("");
      // The form now saves that article instead of making a second one.
      await typeAtEnd(page, " More.");
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(new RegExp(`/admin/articles/${id}\\?saved=save$`));
      expect(await db.article.count({ where: { title: `Brand new ${suffix}` } })).toBe(1);
    });
  });

  it("makes one article when the first autosave's reply is lost and the tab hides and Save is pressed before the retry", async () => {
    const title = `Lost reply ${suffix}`;
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      let lost = false;
      await page.route("**/admin/api/articles/autosave", async (route) => {
        if (lost || route.request().method() !== "POST") return route.continue();
        lost = true;
        // The server creates the article, but its answer never reaches the page.
        await route.fetch();
        await route.abort("connectionreset");
      });
      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(title);
      await typeAtEnd(page, "Words whose first autosave answer was lost.");
      await expect
        .poll(() => failureAlert(page).textContent(), { timeout: 20_000 })
        .toBe("Not saved – retrying");
      expect(await db.article.count({ where: { title } })).toBe(1);
      expect(new URL(page.url()).pathname).toBe("/admin/articles/new");

      await typeAtEnd(page, " Then the tab hid.");
      await hideTab(page);
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(/\/admin\/articles\/[^/?]+\?saved=save$/, { timeout: 20_000 });
      const articles = await db.article.findMany({ where: { title } });
      expect(articles).toHaveLength(1);
      expect(page.url()).toContain(`/admin/articles/${articles[0]!.id}?`);
      expect(articles[0]!.body).toContain("Then the tab hid.");
    });
  });

  it("makes one article when Save is pressed while the first autosave is still on its way", async () => {
    const title = `In flight ${suffix}`;
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      let delayed = false;
      await page.route("**/admin/api/articles/autosave", async (route) => {
        if (!delayed && route.request().method() === "POST") {
          delayed = true;
          await new Promise((resolve) => setTimeout(resolve, 4_000));
        }
        await route.continue();
      });
      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(title);
      await typeAtEnd(page, "Saved while the autosave is under way.");
      await expect.poll(() => indicator(page).textContent(), { timeout: 20_000 }).toBe("Saving…");
      await hideTab(page);
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(/\/admin\/articles\/[^/?]+\?saved=save$/, { timeout: 20_000 });
      const articles = await db.article.findMany({ where: { title } });
      expect(articles).toHaveLength(1);
      expect(page.url()).toContain(`/admin/articles/${articles[0]!.id}?`);
    });
  });

  it("warns when leaving right after a keystroke, and a reload keeps that keystroke", async () => {
    const article = await createArticle(db, adminId, { title: `Leaving ${suffix}` });
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(`${baseUrl}/admin/articles/${article.id}`);
      await typeAtEnd(page, " Q");
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      // Reloaded at once: the localStorage copy must not wait for its debounce.
      await page.reload();
      expect(dialogs).toEqual(["beforeunload"]);
      await page.getByText(/were restored from this browser/).waitFor();
      expect(await editor(page).textContent()).toContain("Original text. Q");

      await typeAtEnd(page, "W");
      const closing = new Promise<string>((resolve) =>
        page.once("dialog", (d) => resolve(d.type())),
      );
      await page.close({ runBeforeUnload: true });
      expect(await closing).toBe("beforeunload");
    });
  });

  it("compares revisions field by field: a tag change and a changed link target", async () => {
    const article = await createArticle(db, adminId, { title: `Compare ${suffix}` });
    const meta = (tags: string[]) => ({
      slug: `compare-${suffix}`,
      language: "en",
      seoTitle: "",
      seoDescription: "",
      coverImageId: null,
      coverCaption: "",
      coverCredit: "",
      categories: [],
      tags,
      regions: [],
      people: [],
    });
    const link = (href: string) => `<p>Read <a href="${href}">the verdict</a>.</p>`;
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    const old = await db.articleRevision.create({
      data: {
        articleId: article.id,
        editorId: adminId,
        title: article.title,
        excerpt: "",
        body: link("https://example.org/verdict-old"),
        meta: meta(["Trials", "Viasna"]),
        createdAt: at(1),
      },
    });
    const latest = await db.articleRevision.create({
      data: {
        articleId: article.id,
        editorId: adminId,
        title: article.title,
        excerpt: "",
        body: link("https://example.org/verdict-new"),
        meta: meta(["Prisoners", "Viasna"]),
        createdAt: at(2),
      },
    });
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(
        `${baseUrl}/admin/articles/${article.id}/revisions/compare?from=${old.id}&to=${latest.id}`,
      );
      const text = page.locator("section", { has: page.getByRole("heading", { name: "Text" }) });
      await expect
        .poll(() => text.textContent())
        .toContain("the verdict [https://example.org/verdict-");
      expect(await text.locator("del").allTextContents()).toContain("old");
      expect(await text.locator("ins").allTextContents()).toContain("new");
      const tags = page.locator("section", { has: page.getByRole("heading", { name: "Tags" }) });
      expect(await tags.locator("ins").allTextContents()).toEqual(["Prisoners"]);
      expect(await tags.locator("del").allTextContents()).toEqual(["Trials"]);
      await page.screenshot({ path: `${SHOTS}/compare.png`, fullPage: true });

      // The factory's first revision has no snapshot: its fields are "not recorded", not changed.
      const [first] = await db.articleRevision.findMany({
        where: { articleId: article.id, meta: { equals: Prisma.AnyNull } },
      });
      await page.goto(
        `${baseUrl}/admin/articles/${article.id}/revisions/compare?from=${first!.id}&to=${latest.id}`,
      );
      await page
        .getByText(/Not recorded for this revision/)
        .first()
        .waitFor();
    });
  });
});
