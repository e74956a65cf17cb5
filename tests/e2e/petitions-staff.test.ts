import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { addSignature } from "@/tests/factories/petitions";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();

afterAll(async () => {
  await db.$disconnect();
});

const TITLE = "Free the Viasna defenders";

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("petitions in the staff area, in Chromium", () => {
  it("an admin creates a petition through the form, finds it in the list, and exports its signers", async () => {
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
        await page.getByRole("link", { name: "Petitions" }).click();
        await page.getByRole("link", { name: "New petition" }).click();
        await page.waitForURL(`${baseUrl}/admin/petitions/new`);
        // A refusal first: no title in English, and what was typed stays.
        await page.getByLabel("Addressed to").first().fill("The authorities of Belarus");
        await page.getByLabel("Goal (signatures)").fill("5 000");
        await page.getByRole("button", { name: "Add petition" }).click();
        await expect
          .poll(() => page.getByText("Give the petition's title in English").count())
          .toBeGreaterThan(0);
        expect(await page.getByLabel("Addressed to").first().inputValue()).toBe(
          "The authorities of Belarus",
        );
        await page.getByRole("textbox", { name: "Title", exact: true }).first().fill(TITLE);
        await page.getByRole("tab", { name: "Belarusian" }).click();
        await page
          .getByRole("tabpanel", { name: "Belarusian" })
          .getByRole("textbox", { name: "Title", exact: true })
          .fill("Свабоду праваабаронцам «Вясны»");
        await page.getByLabel("Hashtag (optional)").fill("FreeViasna");
        await page.getByLabel("Status").selectOption("OPEN");
        await page.getByRole("button", { name: "Add petition" }).click();
        await page.waitForURL(/\/admin\/petitions\/[^/?]+\?saved=create$/);
        const id = /\/admin\/petitions\/([^/?]+)/.exec(page.url())![1]!;
        const stored = await db.petition.findUniqueOrThrow({ where: { id } });
        expect(stored).toMatchObject({
          slug: "free-the-viasna-defenders",
          goal: 5000,
          hashtag: "#FreeViasna",
          status: "OPEN",
        });

        await page.goto(`${baseUrl}/admin/petitions`);
        const row = page.getByRole("row", { name: new RegExp(TITLE) });
        expect(await row.textContent()).toMatch(/Open.*0 \/ 5,000/);
        await page.screenshot({ path: `${SHOTS}/petitions-list-desktop.png`, fullPage: true });

        await addSignature(db, id, { name: "=1+1", email: "signer@example.org", city: "Minsk" });
        await page.goto(`${baseUrl}/admin/petitions/${id}`);
        await page.screenshot({ path: `${SHOTS}/petition-edit-desktop.png`, fullPage: true });
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Download CSV" }).click(),
        ]);
        const text = readFileSync(await download.path(), "utf8");
        expect(text).toContain("'=1+1");
        expect(text).not.toContain("signer@example.org");
        expect(download.suggestedFilename()).toMatch(/^free-the-viasna-defenders-signatures-/);
        expect(
          await db.auditLog.count({ where: { action: "petition.export", targetId: id } }),
        ).toBe(1);
      },
      { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
    );
  });

  it("fits a 360 px screen, axe clean: the list and the edit form", async () => {
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
        await page.goto(`${baseUrl}/admin/petitions`);
        expect(await overflowOf(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/petitions-list-mobile.png`, fullPage: true });
        await page.getByRole("link", { name: TITLE }).click();
        await page.waitForURL(/\/admin\/petitions\/[^/?]+$/);
        expect(await overflowOf(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/petition-edit-mobile.png`, fullPage: true });
      },
      { viewport: { width: 360, height: 740 } },
    );
  });

  it("an editor manages petitions but sees no export, and the export route refuses them", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const petition = await db.petition.findUniqueOrThrow({
      where: { slug: "free-the-viasna-defenders" },
    });
    await withPage(async (page) => {
      await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
      await page.goto(`${baseUrl}/admin/petitions/${petition.id}`);
      expect(await page.getByRole("heading", { name: "Delivery" }).count()).toBe(1);
      expect(await page.getByRole("button", { name: "Download CSV" }).count()).toBe(0);
      const response = await page.request.post(`${baseUrl}/admin/petitions/${petition.id}/export`, {
        headers: { Origin: baseUrl },
        form: { includeEmails: "on" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      expect(response.headers()["content-type"] ?? "").not.toContain("text/csv");
    });
    // From another site, nothing is exported even for a signed-in admin.
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      const response = await page.request.post(`${baseUrl}/admin/petitions/${petition.id}/export`, {
        headers: { Origin: "https://evil.example" },
        form: { includeEmails: "on" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
    });
    expect(
      await db.auditLog.count({ where: { action: "petition.export", targetId: petition.id } }),
    ).toBe(1);
  });
});
