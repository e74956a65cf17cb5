import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { ADDRESS, type ActionTargets, box, createActionTargets } from "@/tests/e2e/action-setup";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
const EVENT = { title: "Candle vigil on Human Rights Day", date: "2026-12-10T18:00" };

let t: ActionTargets;

beforeAll(async () => {
  t = await createActionTargets(db, withPage, baseUrl, admin);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the main action and what an article's people and tags offer", () => {
  it("an article without boxes ends with the main action and what its people and tags offer", async () => {
    const author = await createAuthor(db);
    const article = await createPublicArticle(db, {
      authorId: author.id,
      title: `News about Maryna ${t.suffix}`,
    });
    await db.article.update({
      where: { id: article.id },
      data: { people: { connect: { id: t.personId } } },
    });
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/news/${article.slug}`);
        const end = page.getByRole("region", { name: "Take action" });
        // The main action (the demo petition), the petition about her, a letter to her.
        expect(await end.locator("[data-main-action] [data-action-box=petition]").count()).toBe(1);
        expect(await box(page, t.openTitle).count()).toBe(1);
        const letter = box(page, `Write to ${t.person.en}`);
        expect(await letter.locator("address[data-address]").textContent()).toBe(ADDRESS);
        // Her card is just above: the letter does not repeat it, and the card leads to it.
        expect(await letter.locator("article").count()).toBe(0);
        const cards = page.getByRole("region", { name: "People in this story" });
        await cards.getByRole("link", { name: "Write a letter ↓" }).click();
        expect(page.url()).toMatch(/#action-offer-\d$/);
        expect(await page.locator("footer [data-footer-action=petition]").count()).toBe(1);
        await page.screenshot({
          path: `${SHOTS}/action-boxes-take-action-360.png`,
          fullPage: true,
        });
      },
      { javaScriptEnabled: false, viewport: { width: 360, height: 800 } },
    );
  });

  it("the demo story about birthday cards carries a share box and a donate box", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/news/birthday-postcards-for-ales`);
      const share = box(page, "Share with #FreeAles");
      expect(await share.getByRole("link", { name: "Telegram" }).getAttribute("href")).toContain(
        encodeURIComponent("#FreeAles"),
      );
      const donate = box(page, "Support Civil Rights Defenders");
      expect(await donate.getByRole("link", { name: /Donate/ }).getAttribute("href")).toBe(
        "/take-action",
      );
      expect(await page.locator("[data-main-action]").count()).toBe(0);
    });
  });

  it("staff set the main action on Settings → Actions, with words in Belarusian", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/actions`);
      const kind = page.getByLabel("Kind of action");
      const petitionSelect = page.locator('select[name="petition.petition"]');
      const previous = {
        kind: await kind.inputValue(),
        petition: await petitionSelect.inputValue(),
      };
      await kind.selectOption({ label: "Event" });
      const event = page.locator("fieldset:not([hidden])", {
        has: page.locator('[name="event.title"]'),
      });
      await event.getByLabel("Title", { exact: true }).fill(EVENT.title);
      await event.getByLabel("Date and time").fill(EVENT.date);
      await event.getByLabel("Title (Belarusian)").fill(`Вахта са свечкамі ${t.suffix}`);
      await page.getByRole("button", { name: "Save main action" }).click();
      await page.getByText("Main action saved").waitFor();

      const reader = await page.context().newPage();
      await reader.goto(`${baseUrl}/be`);
      const footer = reader.locator("footer [data-footer-action=event]");
      expect(await footer.textContent()).toContain(`Вахта са свечкамі ${t.suffix}`);
      expect(await footer.textContent()).toContain("10 снежня 2026");
      await reader.goto(`${baseUrl}/`);
      expect(await reader.locator("footer [data-footer-action=event]").textContent()).toContain(
        EVENT.title,
      );

      // Back to what the other tests and the demo expect.
      await kind.selectOption(previous.kind);
      if (previous.kind === "petition") await petitionSelect.selectOption(previous.petition);
      await page.getByRole("button", { name: "Save main action" }).click();
      await page.getByText(/Main action saved|There is no main action now/).waitFor();
    });
  });
});
