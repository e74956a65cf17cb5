import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { seriousViolations } from "@/tests/e2e/action-setup";
import { fileBrowser } from "@/tests/e2e/browser";
import { holdUploads, putFiles } from "@/tests/e2e/editor-images-setup";
import { signIn } from "@/tests/e2e/staff-session";
import { makeImage } from "@/tests/factories/media";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
const suffix = randomBytes(3).toString("hex");
const pastedName = `pasted-${suffix}.png`;
const SHOTS = "/tmp/editor-images";

afterAll(async () => {
  await db.$disconnect();
});

async function newArticle(page: Page, title: string) {
  await signIn(page, baseUrl, admin.email, admin.password);
  await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.locator(".ProseMirror").click();
}

async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL(/\/admin\/articles\/[^/?]+\?saved=save$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  return db.article.findUniqueOrThrow({ where: { id } });
}

const png = async (width: number) => (await makeImage("png", width, 400)).toString("base64");

describe("images in the editor", () => {
  it("a pasted and a dropped image upload with a progress bar each, then get alt text and a caption in place and are saved", async () => {
    await withPage(async (page) => {
      await newArticle(page, `Images in place ${suffix}`);
      await page.keyboard.type("Before the images.");
      const figures = page.locator(".ProseMirror figure img[src^='/media/']");

      let release = await holdUploads(page);
      await putFiles(page, "paste", [
        { name: pastedName, type: "image/png", base64: await png(800) },
      ]);
      await page.getByRole("progressbar", { name: `Upload of “${pastedName}”` }).waitFor();
      await page.screenshot({ path: `${SHOTS}/uploading.png` });
      release();
      await figures.first().waitFor();
      expect(await page.getByRole("progressbar").count()).toBe(0);

      release = await holdUploads(page);
      await putFiles(page, "drop", [
        { name: `dropped-${suffix}.png`, type: "image/png", base64: await png(600) },
      ]);
      await page.getByRole("progressbar", { name: `Upload of “dropped-${suffix}.png”` }).waitFor();
      release();
      await expect.poll(() => figures.count()).toBe(2);

      // Both came without alt text: both are flagged until it is written.
      const flags = page.getByText("No alt text yet");
      expect(await flags.count()).toBe(2);
      await page.getByLabel("Alt text").first().fill(`A vigil with candles ${suffix}`);
      await page.getByLabel("Caption").first().fill(`Vilnius, 10 December ${suffix}`);
      expect(await flags.count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/figures.png`, fullPage: true });

      const saved = await saveDraft(page);
      expect(saved.body).toContain("Before the images.");
      const images = saved.body.match(/<img [^>]*>/g) ?? [];
      expect(images).toHaveLength(2);
      expect(images.every((img) => /src="\/media\/uploads\//.test(img))).toBe(true);
      expect(images.join(" ")).toMatch(/srcset="\/media\/uploads\/[^"]+ 480w/);
      expect(saved.body).toContain(`alt="A vigil with candles ${suffix}"`);
      expect(saved.body).toContain(`<figcaption>Vilnius, 10 December ${suffix}</figcaption>`);
    });
  });

  it("a file too large, a file that is not an image and a failing upload show their error on the file, and the text stays", async () => {
    await withPage(async (page) => {
      await newArticle(page, `Upload errors ${suffix}`);
      await page.keyboard.type("Every word typed before is kept.");
      await putFiles(page, "drop", [{ name: "notes.txt", type: "text/plain", base64: "aGk=" }]);
      await putFiles(page, "paste", [
        { name: "huge.png", type: "image/png", size: 11 * 1024 * 1024 },
      ]);
      await putFiles(page, "paste", [
        { name: "fake.png", type: "image/png", base64: btoa("not an image at all") },
      ]);
      const placeholder = (name: string) => page.locator(`[data-upload="${name}"]`);
      await placeholder("notes.txt").getByText("is not a JPEG, PNG, WebP or GIF image").waitFor();
      await placeholder("huge.png").getByText("is larger than the limit of 10.0 MB").waitFor();
      // The server reads the bytes and refuses; that one may be retried.
      await placeholder("fake.png").getByText("whatever its name says").waitFor();
      expect(await placeholder("fake.png").getByRole("button", { name: "Retry" }).count()).toBe(1);
      expect(await placeholder("huge.png").getByRole("button", { name: "Retry" }).count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/errors.png`, fullPage: true });
      await expect
        .poll(() => page.locator(".ProseMirror").innerText())
        .toContain("Every word typed before is kept.");

      for (const name of ["notes.txt", "huge.png", "fake.png"]) {
        await placeholder(name).getByRole("button", { name: "Dismiss" }).click();
      }
      expect(await page.locator("[data-upload]").count()).toBe(0);
      const saved = await saveDraft(page);
      expect(saved.body).toBe("<p>Every word typed before is kept.</p>");
    });
  });

  it("the media dialog finds images by name, pages through them and inserts the one picked", async () => {
    const source = await db.media.findFirstOrThrow({ where: { originalName: pastedName } });
    const copy = {
      storageKey: source.storageKey,
      mimeType: source.mimeType,
      byteSize: source.byteSize,
      width: source.width,
      height: source.height,
      variants: source.variants ?? [],
    };
    const names = Array.from(
      { length: 13 },
      (_, i) => `dialog-${suffix}-${String(i).padStart(2, "0")}.png`,
    );
    for (const [i, originalName] of names.entries()) {
      await db.media.create({
        data: {
          ...copy,
          storageKey: `uploads/e2e/${suffix}-${i}/original.png`,
          originalName,
          altText: i === 0 ? `Oldest of the dialog set ${suffix}` : "",
          createdAt: new Date(Date.now() - (20 - i) * 60_000),
        },
      });
    }
    await withPage(async (page) => {
      await newArticle(page, `Media dialog ${suffix}`);
      await page.getByRole("button", { name: "Image", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Media library" });
      await dialog.getByLabel("Search by name or alt text").fill(`dialog-${suffix}`);
      await dialog.getByRole("button", { name: "Search", exact: true }).click();
      await dialog.getByText("Page 1 of 2").waitFor();
      expect(await dialog.getByRole("listitem").count()).toBe(12);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dialog.png` });
      await dialog.getByRole("button", { name: "Next page" }).click();
      await dialog.getByText("Page 2 of 2").waitFor();
      await dialog.getByRole("button", { name: `Oldest of the dialog set ${suffix}` }).click();
      await dialog.waitFor({ state: "hidden" });
      const figure = page.locator(".ProseMirror figure img");
      expect(await figure.getAttribute("alt")).toBe(`Oldest of the dialog set ${suffix}`);
      expect(await figure.getAttribute("src")).toMatch(/^\/media\/uploads\//);
    });
  });

  it("the cover is chosen through the same dialog and saved; without JavaScript a select stands in", async () => {
    const media = await db.media.findFirstOrThrow({ where: { originalName: pastedName } });
    await withPage(async (page) => {
      await newArticle(page, `Cover from the dialog ${suffix}`);
      await page.keyboard.type("A story with a cover.");
      await page.getByRole("button", { name: "Choose cover…" }).click();
      const dialog = page.getByRole("dialog", { name: "Choose a cover" });
      await dialog.getByLabel("Search by name or alt text").fill(pastedName);
      await dialog.getByRole("button", { name: "Search", exact: true }).click();
      await dialog.getByRole("button", { name: pastedName }).click();
      await page.getByText(`Chosen cover: ${pastedName}`).waitFor();
      const saved = await saveDraft(page);
      expect(saved.coverImageId).toBe(media.id);
      // After the reload the thumbnail is back, fetched by its id.
      await page.getByText(`Chosen cover: ${pastedName}`).waitFor();
      await page.screenshot({ path: `${SHOTS}/cover.png`, fullPage: true });
      await page.getByRole("button", { name: "Remove", exact: true }).click();
      await page.getByText("No cover chosen.").waitFor();
      await page.getByRole("button", { name: "Save draft" }).click();
      const cover = () => db.article.findUniqueOrThrow({ where: { id: saved.id } });
      await expect.poll(async () => (await cover()).coverImageId).toBeNull();
      // An image uploaded inside the dialog becomes the cover at once.
      await page.getByRole("button", { name: "Choose cover…" }).click();
      await dialog.getByLabel("Upload new image").setInputFiles({
        name: `cover-${suffix}.png`,
        mimeType: "image/png",
        buffer: await makeImage("png", 1200, 630),
      });
      await page.getByText(`Chosen cover: cover-${suffix}.png`).waitFor();
    });
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, admin.email, admin.password);
        await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
        const select = page.getByRole("combobox", { name: "Cover image" });
        expect(await select.locator("option").first().textContent()).toBe("No cover");
        expect(await select.locator(`option[value="${media.id}"]`).count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });

  it("uploads and the media list are refused to an account without media:upload, to no one signed in and across sites", async () => {
    const moderator = await createUser(db, { role: "MODERATOR" });
    const ask = (page: Page) =>
      page.evaluate(async () => {
        const data = new FormData();
        data.append("file", new File([new Uint8Array(10)], "x.png", { type: "image/png" }));
        const headers = { Accept: "application/json" };
        const redirect = "manual" as const;
        const upload = await fetch("/admin/media/upload", {
          method: "POST",
          body: data,
          headers,
          redirect,
        });
        const list = await fetch("/admin/api/media", { redirect });
        return [upload, list].map((r) => (r.type === "opaqueredirect" ? "to sign-in" : r.status));
      });
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/login`);
      expect(await ask(page)).toEqual(["to sign-in", "to sign-in"]);
      await signIn(page, baseUrl, moderator.email, TEST_PASSWORD);
      expect(await ask(page)).toEqual([403, 403]);
    });
    await withPage(async (page) => {
      await signIn(page, baseUrl, admin.email, admin.password);
      const response = await page.request.post(`${baseUrl}/admin/media/upload`, {
        headers: { Origin: "https://elsewhere.example", Accept: "application/json" },
        multipart: {
          file: { name: "x.png", mimeType: "image/png", buffer: await makeImage("png", 20, 20) },
        },
      });
      expect(response.status()).toBe(403);
    });
  });
});
