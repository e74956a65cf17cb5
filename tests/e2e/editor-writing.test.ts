import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { seriousViolations } from "@/tests/e2e/action-setup";
import { fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createArticle } from "@/tests/factories/articles";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
const suffix = randomBytes(3).toString("hex");
const siteTitle = `Hunger strike in Zhodzina ${suffix}`;
const SHOTS = "/tmp/editor-writing";
let siteSlug = "";
let longId = "";

beforeAll(async () => {
  const { id } = await db.user.findUniqueOrThrow({ where: { email: admin.email } });
  siteSlug = `hunger-strike-${suffix}`;
  await createArticle(db, id, { title: siteTitle, slug: siteSlug, status: "PUBLISHED" });
  const paragraphs = Array.from(
    { length: 80 },
    (_, n) => `<p>Paragraph ${n + 1} of the court report: the defence asked for the case file.</p>`,
  );
  longId = (
    await createArticle(db, id, { title: `Long report ${suffix}`, body: paragraphs.join("") })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

/** Fails the test if any browser dialog (prompt, alert, confirm) opens, and collects warnings. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  return { dialogs, consoleLines };
}

const editor = (page: Page) => page.locator(".ProseMirror");
const linkDialog = (page: Page) => page.locator("dialog[data-link-dialog]");

async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL(/\/admin\/articles\/[^/?]+\?saved=save$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  return db.article.findUniqueOrThrow({ where: { id } });
}

describe("writing in the editor", () => {
  it("links by address and by site search, edits and removes them, with shortcuts, a bubble menu, Markdown rules and a word count, no prompt and no linkify warning", async () => {
    await withPage(async (page) => {
      const { dialogs, consoleLines } = watch(page);
      await signIn(page, baseUrl, admin.email, admin.password);
      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(`Writing ${suffix}`);
      await editor(page).click();
      const count = page.locator("[data-word-count]");
      await expect.poll(() => count.textContent()).toBe("0 words · 0 min read");

      await page.keyboard.type("Viasna reported the hunger strike. See also ");
      await expect.poll(() => count.textContent()).toBe("7 words · 1 min read");

      // Select "Viasna": the bubble menu shows over it; Ctrl+B bolds it.
      await page.keyboard.press("Home");
      await page.keyboard.press("Shift+Control+ArrowRight");
      const bubble = page.locator("[data-selection-menu]");
      await bubble.waitFor({ state: "visible" });
      expect(await bubble.getByRole("button", { name: "Bold" }).isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/bubble-menu.png` });
      await page.keyboard.press("Control+b");
      await editor(page).locator("strong", { hasText: "Viasna" }).waitFor();

      // Ctrl+K opens the link dialog; a bad address is refused with a reason.
      await page.keyboard.press("Control+k");
      const dialog = linkDialog(page);
      await page.getByRole("dialog", { name: "Add a link" }).waitFor();
      const url = dialog.getByLabel("Link address");
      expect(await url.evaluate((element) => element === document.activeElement)).toBe(true);
      await url.fill("javascript:alert(1)");
      await dialog.getByRole("button", { name: "Apply" }).click();
      await dialog.getByText("This is not an address a link can use").waitFor();
      expect(await url.getAttribute("aria-invalid")).toBe("true");
      expect(await seriousViolations(page)).toEqual([]);
      await url.fill("spring96.org");
      await url.press("Enter");
      await dialog.waitFor({ state: "detached" });
      await editor(page).locator('a[href="https://spring96.org"]', { hasText: "Viasna" }).waitFor();

      // Escape closes the dialog and gives the editor its focus back.
      await page.keyboard.press("Control+k");
      await dialog.waitFor();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.classList.contains("ProseMirror"));

      // Editing: with the cursor in the link, the dialog opens filled in.
      await editor(page).locator('a[href="https://spring96.org"]').click();
      await page.keyboard.press("Control+k");
      await page.getByRole("dialog", { name: "Edit link" }).waitFor();
      expect(await url.inputValue()).toBe("https://spring96.org");
      await url.fill("https://spring96.org/en");
      await dialog.getByRole("button", { name: "Apply" }).click();
      await dialog.waitFor({ state: "detached" });
      await editor(page).locator('a[href="https://spring96.org/en"]').waitFor();

      // Searching this site: the toolbar's Link button, a listbox, pick the published article.
      await page.keyboard.press("End");
      await page
        .getByRole("toolbar", { name: "Formatting" })
        .getByRole("button", { name: "Link" })
        .click();
      const search = dialog.getByRole("combobox", { name: /find an article/ });
      await search.fill(`zhodzina ${suffix}`);
      const option = dialog.getByRole("option", { name: new RegExp(siteTitle) });
      await option.waitFor();
      expect(await dialog.getByRole("listbox").getAttribute("hidden")).toBeNull();
      await page.screenshot({ path: `${SHOTS}/link-search.png` });
      await search.press("Enter");
      await dialog.waitFor({ state: "detached" });
      const siteLink = editor(page).locator(`a[href="/news/${siteSlug}"]`);
      await siteLink.filter({ hasText: siteTitle }).waitFor();

      // Markdown-style rules: "## ", "> " and "- ".
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
      await page.keyboard.type("## Sources");
      await editor(page).locator("h2", { hasText: "Sources" }).waitFor();
      await page.keyboard.press("Enter");
      await page.keyboard.type("> A quoted statement");
      await editor(page).locator("blockquote", { hasText: "A quoted statement" }).waitFor();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      await page.keyboard.type("- First point");
      await editor(page).locator("ul li", { hasText: "First point" }).waitFor();
      await expect.poll(() => count.textContent()).toMatch(/^\d\d words · 1 min read$/);

      let saved = await saveDraft(page);
      expect(saved.body).toContain(
        `<p><a href="https://spring96.org/en" rel="noopener"><strong>Viasna</strong></a> reported the hunger strike. See also <a href="/news/${siteSlug}">${siteTitle}</a></p>`,
      );
      expect(saved.body).toContain("<h2>Sources</h2>");
      expect(saved.body).toMatch(/<blockquote>\s*<p>A quoted statement<\/p>\s*<\/blockquote>/);
      expect(saved.body).toMatch(/<ul>\s*<li>\s*<p>First point<\/p>/);

      // Removing: the cursor in the site link, the dialog's Remove keeps the words. The save
      // re-renders the editor, and the editor may take the click before its selection follows
      // (CI saw the dialog open on the other link): until Ctrl+K opens on the site link, the
      // dialog is closed and the link clicked again, as a person would.
      await expect
        .poll(
          async () => {
            await siteLink.click();
            await page.keyboard.press("Control+k");
            await dialog.waitFor();
            const href = await url.inputValue();
            if (href !== `/news/${siteSlug}`) {
              await page.keyboard.press("Escape");
              await dialog.waitFor({ state: "detached" });
            }
            return href;
          },
          { timeout: 20_000 },
        )
        .toBe(`/news/${siteSlug}`);
      await page.getByRole("dialog", { name: "Edit link" }).waitFor();
      await dialog.getByRole("button", { name: "Remove link" }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await siteLink.count()).toBe(0);
      // The address already ends in ?saved=save: wait for the article row to change instead.
      const before = saved.updatedAt.getTime();
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect
        .poll(async () => {
          saved = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
          return saved.updatedAt.getTime();
        })
        .toBeGreaterThan(before);
      expect(saved.body).not.toContain(`href="/news/${siteSlug}"`);
      expect(saved.body).toContain(siteTitle);

      // The save re-renders the editor: the toolbar is read once it is back.
      const titles = () =>
        page
          .getByRole("toolbar", { name: "Formatting" })
          .getByRole("button")
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("title")));
      await expect
        .poll(titles)
        .toEqual(
          expect.arrayContaining(["Bold (Ctrl+B)", "Link (Ctrl+K)", "H2 heading (Ctrl+Alt+2)"]),
        );
      expect(await seriousViolations(page)).toEqual([]);
      expect(consoleLines.filter((line) => /linkifyjs/i.test(line))).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ])(
    "on a long article the toolbar stays in view and never covers the line being typed ($width px)",
    async (viewport) => {
      await withPage(
        async (page) => {
          await signIn(page, baseUrl, admin.email, admin.password);
          await page.goto(`${baseUrl}/admin/articles/${longId}`);
          const toolbar = page.getByRole("toolbar", { name: "Formatting" });
          await toolbar.waitFor();
          await editor(page).locator("p").last().click();
          await page.keyboard.press("End");
          await page.keyboard.type(" The court adjourned.");
          const box = await toolbar.boundingBox();
          expect(box?.y).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height).toBeLessThan(viewport.height / 2);
          const scrolled = await page.evaluate(() => window.scrollY);
          expect(scrolled).toBeGreaterThan(1000);

          // Put the line being typed under the toolbar; typing brings it back below it.
          const caretTop = () =>
            page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
          await page.evaluate((top) => window.scrollBy(0, top - 4), await caretTop());
          await page.keyboard.type(" Next hearing in May.");
          const bar = await toolbar.boundingBox();
          expect(bar?.y).toBeGreaterThanOrEqual(0);
          expect(await caretTop()).toBeGreaterThanOrEqual(bar!.y + bar!.height);
          await page.screenshot({ path: `${SHOTS}/sticky-${viewport.width}.png` });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width).toBeLessThanOrEqual(viewport.width);
        },
        { viewport },
      );
    },
  );
});
