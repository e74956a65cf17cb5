import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { makeImage } from "@/tests/factories/media";

const baseUrl = inject("baseUrl");
const suffix = randomBytes(3).toString("hex");
const title = `Report on the Minsk trials ${suffix}`;
const alts = [`Courthouse ${suffix}`, `Vigil ${suffix}`, `Trial still ${suffix}`];
const YOUTUBE = /youtube\.com|youtube-nocookie\.com|ytimg\.com|youtu\.be/;
const withPage = fileBrowser();

async function upload(page: Page, alt: string, index: number) {
  await page.goto(`${baseUrl}/admin/media`);
  await page.getByLabel("Image file").setInputFiles({
    name: `block-${index}.png`,
    mimeType: "image/png",
    buffer: await makeImage("png", 800 + index * 40, 600),
  });
  await page.getByLabel("Alt text (what the image shows)").fill(alt);
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByText(`"block-${index}.png" was uploaded.`).waitFor();
}

async function insert(page: Page, item: string) {
  await page.getByRole("button", { name: /^Insert ▾/ }).click();
  await page
    .getByRole("group", { name: "Insert a block" })
    .getByRole("button", { name: item })
    .click();
}

async function pick(page: Page, dialogTitle: string, alt: string) {
  const dialog = page.getByRole("dialog", { name: dialogTitle });
  await dialog.getByLabel("Search by name or alt text").fill(alt);
  await dialog.getByRole("button", { name: "Search", exact: true }).click();
  await dialog.getByRole("button", { name: alt }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("blocks and embeds", () => {
  let slug = "";

  it("staff insert every block through the editor, save and publish", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      for (const [index, alt] of alts.entries()) await upload(page, alt, index);

      await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
      await page.getByLabel("Title", { exact: true }).fill(title);
      const editor = page.locator(".ProseMirror");
      await editor.click();
      for (const line of [
        "Intro of the report.",
        "Lawyers were not admitted.",
        "They took everything from us.",
        "Sentences so far.",
      ]) {
        await page.keyboard.type(line);
        await page.keyboard.press("Enter");
      }
      await page.keyboard.type("Closing words.");

      await editor.getByText("Lawyers were not admitted.").click();
      await insert(page, "Callout");
      await editor.getByText("They took everything from us.").click();
      await insert(page, "Pull quote");

      await editor.getByText("Intro of the report.").click();
      await page.keyboard.press("End");
      await insert(page, "Footnote…");
      await page.getByLabel("Note", { exact: true }).fill(`Viasna court monitoring ${suffix}`);
      await page.getByLabel("Source link (optional)").fill("https://spring96.org/en/news/1");
      await page.getByRole("button", { name: "Insert footnote" }).click();
      await insert(page, "Divider");

      await editor.getByText("Sentences so far.").click();
      await page.keyboard.press("End");
      await insert(page, "Table");
      const cells = [
        "Name",
        "Court",
        "Sentence",
        "Ales",
        "Minsk",
        "10 years",
        "Марфа",
        "Мінскі гарадскі суд, Ленінскі раён, справа".repeat(3),
        "5 years",
      ];
      for (const [index, cell] of cells.entries()) {
        await page.keyboard.type(cell);
        if (index < cells.length - 1) await page.keyboard.press("Tab");
      }

      await editor.getByText("Closing words.").click();
      await page.keyboard.press("End");
      await insert(page, "Gallery…");
      for (const alt of alts.slice(0, 2)) {
        await page.getByRole("button", { name: "Add an image" }).click();
        await pick(page, "Add an image to the gallery", alt);
      }
      await page.getByLabel("Caption of image 1").fill("Outside the court");
      await page.getByRole("button", { name: "Insert gallery" }).click();

      await insert(page, "Embed a post or video…");
      await page
        .getByLabel(/^Address of a YouTube/)
        .fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
      await page.getByLabel("Title shown to readers").fill(`Verdict day ${suffix}`);
      // This machine has no internet: the server's thumbnail fetch fails, and staff choose one.
      await page
        .getByText("No thumbnail could be fetched from YouTube.", { exact: false })
        .waitFor();
      await page.getByRole("button", { name: "Choose from the library" }).click();
      await pick(page, "Choose a thumbnail", alts[2]!);
      await page.getByRole("button", { name: "Embed", exact: true }).click();
      await page.screenshot({ path: `${SHOTS}/editor-blocks-editor.png`, fullPage: true });

      await page.getByRole("button", { name: "Save draft" }).click();
      await page.waitForURL(/\/admin\/articles\/[^/]+\?saved=save$/);
      await page.getByRole("button", { name: "Publish now" }).click();
      await page.waitForURL(/saved=publish$/);
      const db = createPrismaClient(inject("e2eDatabaseUrl"));
      slug = (await db.article.findFirstOrThrow({ where: { title } })).slug;
      await db.$disconnect();
    });
  });

  it("readers see every block at 360 px, and nothing loads from YouTube until they press Play", async () => {
    await withPage(
      async (page) => {
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.route(/youtube-nocookie\.com/, (route) => route.abort());
        const response = await page.goto(`${baseUrl}/news/${slug}`);
        expect(response?.status()).toBe(200);
        const body = page.locator(".article-body");
        await body.getByRole("note").getByText("Lawyers were not admitted.").waitFor();
        expect(await body.locator("blockquote.pullquote").textContent()).toBe(
          "They took everything from us.",
        );
        expect(await body.locator("hr").count()).toBe(1);
        expect(
          await body.locator("figure.gallery").getByRole("img", { name: alts[0] }).count(),
        ).toBe(1);
        expect(
          await body.locator("figure.gallery").getByRole("img", { name: alts[1] }).count(),
        ).toBe(1);
        await body.getByText("Outside the court").waitFor();
        await body
          .getByRole("region", { name: "Table (scrolls sideways)" })
          .getByRole("columnheader", { name: "Court" })
          .waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );

        await body.getByRole("link", { name: "Note 1", exact: true }).click();
        const note = body.locator("#fn-1");
        expect(await note.textContent()).toContain(`Viasna court monitoring ${suffix}`);
        expect(await note.getByRole("link", { name: "spring96.org" }).getAttribute("href")).toBe(
          "https://spring96.org/en/news/1",
        );
        await note.getByRole("link", { name: "Back to the text of note 1" }).click();
        expect(page.url()).toMatch(/#fnref-1$/);

        const play = body.getByRole("button", {
          name: /Verdict day .* Play – loads from youtube\.com/,
        });
        await play.waitFor();
        await page.screenshot({ path: `${SHOTS}/editor-blocks-reader-360.png`, fullPage: true });
        expect(requests.filter((url) => YOUTUBE.test(url))).toEqual([]);

        const framed = page.waitForRequest(/youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
        await play.click();
        expect((await framed).url()).toBe(
          "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        );
        expect(await body.locator("figure.embed iframe").getAttribute("title")).toBe(
          `Verdict day ${suffix}`,
        );
      },
      { viewport: { width: 360, height: 800 } },
    );
  });

  it("without JavaScript the embed is a plain link to the video", async () => {
    await withPage(
      async (page) => {
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.goto(`${baseUrl}/news/${slug}`);
        const link = page.getByRole("link", { name: /Verdict day .* Watch on youtube\.com/ });
        expect(await link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        expect(await page.getByRole("button", { name: /Play – loads from/ }).count()).toBe(0);
        expect(requests.filter((url) => YOUTUBE.test(url))).toEqual([]);
      },
      { javaScriptEnabled: false },
    );
  });
});
