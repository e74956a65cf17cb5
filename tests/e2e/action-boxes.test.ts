import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import {
  ADDRESS,
  type ActionTargets,
  LATIN,
  box,
  createActionTargets,
  insertBox,
  overflowOf,
  seriousViolations,
} from "@/tests/e2e/action-setup";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const admin = { email: inject("adminEmail"), password: inject("adminPassword") };

const DONATE = "https://donate.example.org/ales";
const EVENT = {
  title: "Candle vigil for the Homel defenders",
  date: "2026-12-10T18:00",
  place: "Cathedral Square, Vilnius",
};

let t: ActionTargets;
let slug = "";

beforeAll(async () => {
  t = await createActionTargets(db, withPage, baseUrl, admin);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("action boxes placed in the editor, as readers get them", () => {
  it("staff place one box of each kind in the editor, edit one, and publish", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(`Act now for Homel ${t.suffix}`);
      await page.locator(".ProseMirror").click();
      await page.keyboard.type("Six ways to help, placed in the text.");
      const panel = page.locator("[data-action-panel]");

      await insertBox(page, "Sign a petition", () =>
        panel
          .getByLabel("Petition", { exact: true })
          .selectOption({ label: `${t.openTitle} (open)` }),
      );
      await insertBox(page, "Sign a petition", () =>
        panel
          .getByLabel("Petition", { exact: true })
          .selectOption({ label: `${t.draftTitle} (draft — not shown to readers until opened)` }),
      );
      await insertBox(page, "Write to a person", () =>
        panel.getByLabel("Person", { exact: true }).selectOption({ label: t.person.en }),
      );
      await insertBox(page, "Donate", async () => {
        await panel.getByLabel("Link", { exact: true }).fill(DONATE);
        await panel.getByLabel("Button label", { exact: true }).fill("Support Viasna's lawyers");
        await panel
          .getByLabel("Short text", { exact: true })
          .fill("Lawyers' fees for political prisoners.");
      });
      await insertBox(page, "Share with a hashtag", async () => {
        await panel.getByLabel("Hashtag", { exact: true }).fill("FreeAles");
        await panel.getByLabel("Short text", { exact: true }).fill("A first draft");
      });
      await insertBox(page, "Event", async () => {
        await panel.getByLabel("Title", { exact: true }).fill(EVENT.title);
        await panel.getByLabel("Date and time", { exact: true }).fill(EVENT.date);
        await panel.getByLabel("Place", { exact: true }).fill(EVENT.place);
        await panel
          .getByLabel("Link (optional)", { exact: true })
          .fill("https://vigil.example.org/");
      });
      await page.keyboard.type("The end of the text.");

      const cards = page.locator("[data-action-card]");
      expect(await cards.count()).toBe(6);
      await page.screenshot({ path: `${SHOTS}/action-boxes-editor.png`, fullPage: true });
      expect(await cards.nth(1).textContent()).toContain("draft — not shown to readers");
      expect(await cards.nth(2).textContent()).toContain(t.person.en);

      // A refused field, then the edit of the share box.
      const share = page.locator('[data-action-card="share"]');
      await share.getByRole("button", { name: "Edit" }).click();
      await panel.getByLabel("Hashtag", { exact: true }).fill("Free Ales");
      await panel.getByRole("button", { name: "Save box" }).click();
      await panel.getByText("A hashtag is # followed by letters").waitFor();
      await panel.getByLabel("Hashtag", { exact: true }).fill("#FreeAles");
      await panel.getByLabel("Short text", { exact: true }).fill("Free Ales Bialiatski");
      await panel.getByRole("button", { name: "Save box" }).click();
      await expect.poll(() => share.textContent()).toContain("#FreeAles · Free Ales Bialiatski");

      await page.getByRole("button", { name: "Publish now" }).click();
      await page.waitForURL(/saved=publish$/);
      const id = new URL(page.url()).pathname.split("/").pop()!;
      const saved = await db.article.findUniqueOrThrow({ where: { id } });
      slug = saved.slug;
      expect(saved.body.match(/<aside data-action=/g)).toHaveLength(6);
      expect(saved.body).toContain(`data-petition="${t.openPetition.id}"`);
      expect(saved.body).toContain('data-text="Free Ales Bialiatski"');
      // After a reload the editor shows the stored boxes as cards again.
      await page.reload();
      await page.locator("[data-action-card]").first().waitFor();
      expect(await page.locator("[data-action-card]").count()).toBe(6);
    });
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`readers get every box ${javaScriptEnabled ? "with JavaScript (axe clean)" : "without JavaScript"}, at 360 px and on a desktop`, async () => {
      for (const width of [360, 1280]) {
        await withPage(
          async (page) => {
            const response = await page.goto(`${baseUrl}/news/${slug}`);
            expect(response!.status()).toBe(200);

            const petition = box(page, t.openTitle);
            expect(await petition.textContent()).toContain("250 signatures");
            expect(
              await petition.getByRole("link", { name: "Sign the petition" }).getAttribute("href"),
            ).toBe(`/petitions/${t.openPetition.slug}/sign`);
            expect(await page.getByText(t.draftTitle).count()).toBe(0);

            const write = box(page, `Write to ${t.person.en}`);
            expect(await write.locator("address[data-address]").textContent()).toBe(ADDRESS);
            expect(await write.locator("address[data-address-latin]").textContent()).toBe(LATIN);
            expect(await write.getByRole("link", { name: "Print a postcard" }).count()).toBe(1);

            const donate = box(page, "Support Viasna's lawyers");
            const give = donate.getByRole("link", { name: /Donate/ });
            expect(await give.getAttribute("href")).toBe(DONATE);
            expect(await give.getAttribute("rel")).toBe("noopener noreferrer");
            expect(await donate.textContent()).toContain("this site never handles money");

            const share = box(page, "Share with #FreeAles");
            const x = await share
              .getByRole("link", { name: "X", exact: true })
              .getAttribute("href");
            expect(x).toContain(encodeURIComponent("Free Ales Bialiatski #FreeAles"));
            expect(x).toContain(encodeURIComponent(`/news/${slug}`));
            expect(await share.getByRole("link").count()).toBeGreaterThanOrEqual(8);

            const event = box(page, EVENT.title);
            expect(await event.locator("time").getAttribute("datetime")).toBe(
              "2026-12-10T15:00:00.000Z",
            );
            expect(await event.textContent()).toMatch(/10 December 2026.*18:00/);
            expect(await event.textContent()).toContain(EVENT.place);

            // The article has boxes of its own: the main action is only in the footer.
            expect(await page.locator("[data-main-action]").count()).toBe(0);
            expect(await page.locator("footer [data-footer-action]").count()).toBe(1);

            const overflow = await overflowOf(page);
            expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
            if (javaScriptEnabled) {
              expect(await seriousViolations(page)).toEqual([]);
              await page.screenshot({
                path: `${SHOTS}/action-boxes-en-${width}.png`,
                fullPage: true,
              });
            }
          },
          { viewport: { width, height: 800 }, javaScriptEnabled },
        );
      }
    });
  }

  it("a Belarusian article shows its boxes in Belarusian", async () => {
    const source = await db.article.findFirstOrThrow({ where: { slug, language: "en" } });
    const author = await createAuthor(db);
    const article = await createPublicArticle(db, {
      authorId: author.id,
      language: "be",
      title: `Дзейнічаць для Гомеля ${t.suffix}`,
      body: source.body,
    });
    for (const width of [360, 1280]) {
      await withPage(
        async (page) => {
          await page.goto(`${baseUrl}/be/news/${article.slug}`);
          const petition = box(page, t.openTitle);
          expect(await petition.textContent()).toContain("250 подпісаў");
          expect(await petition.getByRole("link", { name: "Падпісаць петыцыю" }).count()).toBe(1);
          expect(await box(page, `Напісаць: ${t.person.be}`).count()).toBe(1);
          expect(await box(page, "Падзяліцца з хэштэгам #FreeAles").count()).toBe(1);
          expect(await box(page, EVENT.title).textContent()).toMatch(/10 снежня 2026/);
          const overflow = await overflowOf(page);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/action-boxes-be-${width}.png`, fullPage: true });
        },
        { viewport: { width, height: 800 } },
      );
    }
  });

  it("a box pointing to a draft petition shows nothing; the main action takes its place", async () => {
    const author = await createAuthor(db);
    const article = await createPublicArticle(db, {
      authorId: author.id,
      body: `<p>Only a draft here.</p><aside data-action="petition" data-petition="${t.draftPetition.id}"></aside>`,
    });
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/news/${article.slug}`);
        await page.getByText("Only a draft here.").waitFor();
        const html = await page.content();
        expect(html).not.toContain(t.draftTitle);
        expect(html).not.toContain("<aside");
        expect(await page.locator(".article-body [data-action-box]").count()).toBe(0);
        expect(await page.locator("[data-main-action] [data-action-box]").count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });
});
