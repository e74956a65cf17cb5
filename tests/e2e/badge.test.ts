import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const withPage = fileBrowser();

type Rgb = [number, number, number];
const GREEN: Rgb = [20, 160, 60];
const BLUE: Rgb = [30, 60, 200];

/** A 1600 × 1200 JPEG photo: its left half green, its right half blue. */
async function makePhoto(): Promise<Buffer> {
  const half = await sharp({
    create: {
      width: 800,
      height: 1200,
      channels: 3,
      background: { r: GREEN[0], g: GREEN[1], b: GREEN[2] },
    },
  })
    .png()
    .toBuffer();
  return sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: { r: BLUE[0], g: BLUE[1], b: BLUE[2] },
    },
  })
    .composite([{ input: half, left: 0, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer();
}

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const i = (y * info.width + x) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  return { width: info.width, height: info.height, at };
}

const near = (actual: number[], expected: Rgb, tolerance = 24) =>
  expected.every((value, i) => Math.abs(actual[i]! - value) <= tolerance);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const status = (page: Page) => page.locator("section[aria-labelledby=badge-tool] [role=status]");

async function choosePhoto(page: Page, label: string, photo: Buffer) {
  await page
    .getByLabel(label)
    .setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.locator("canvas").waitFor();
}

describe("the picture badge page", () => {
  it("puts a chosen photo in the frame, moves and zooms it, and downloads a PNG of the frame's size; no request carries the photo", async () => {
    const photo = await makePhoto();
    await withPage(async (page) => {
      const requests: { url: string; method: string; body: Buffer | null }[] = [];
      page.on("request", (request) =>
        requests.push({
          url: request.url(),
          method: request.method(),
          body: request.postDataBuffer(),
        }),
      );
      await page.goto(`${baseUrl}/badge`);
      const href = await page
        .getByRole("link", { name: "Download the frame (PNG)" })
        .getAttribute("href");
      const frame = await pixels(
        Buffer.from(await (await fetch(`${baseUrl}${href}`)).arrayBuffer()),
      );

      await choosePhoto(page, "Choose a photo", photo);
      await expect.poll(() => status(page).textContent()).toContain("Your photo is in the frame");
      const preview = page.getByRole("img", { name: /^Your photo in the frame/ });
      // The arrow keys move the photo left as far as it goes: its blue half is in the middle.
      await preview.focus();
      for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowLeft");
      const middle = () =>
        preview.evaluate((canvas: HTMLCanvasElement) => [
          ...canvas.getContext("2d")!.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data,
        ]);
      expect(near(await middle(), BLUE), "blue after moving left").toBe(true);
      // Dragged to the right: the green half.
      const box = (await preview.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      expect(near(await middle(), GREEN), "green after dragging right").toBe(true);
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.getByRole("button", { name: "Zoom in" }).click();
      const slider = page.getByRole("slider", { name: /^Zoom/ });
      expect(await slider.inputValue()).toBe("156");
      await slider.fill("180");
      expect(await page.locator("output").textContent()).toBe("180%");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download PNG" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("FreeAles-profile-picture.png");
      const made = await readFile(await download.path());
      expect((await sharp(made).metadata()).format).toBe("png");
      const result = await pixels(made);
      expect([result.width, result.height]).toEqual([frame.width, frame.height]);
      const [cx, cy] = [Math.floor(frame.width / 2), Math.floor(frame.height / 2)];
      expect(frame.at(cx, cy)[3], "the frame is transparent in the middle").toBe(0);
      expect(near(result.at(cx, cy), GREEN), "the middle comes from the photo").toBe(true);
      const ring = [20, cy] as const;
      expect(frame.at(...ring)[3], "the frame is opaque on its ring").toBe(255);
      expect(result.at(...ring)).toEqual(frame.at(...ring));
      await expect.poll(() => status(page).textContent()).toContain("downloading");

      // Nothing left the page but plain reads from this site.
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) {
        expect(request.method, request.url).toBe("GET");
        const url = request.url.replace(/^blob:/, "");
        if (!url.startsWith("data:")) expect(new URL(url).origin, request.url).toBe(origin);
        expect(request.body, request.url).toBeNull();
      }
      const carries = (bytes: Buffer) =>
        requests.some(
          (r) =>
            r.body &&
            [0, 1000, photo.length - 64].some((at) =>
              r.body!.includes(bytes.subarray(at, at + 64)),
            ),
        );
      expect(carries(photo)).toBe(false);
      expect(carries(made)).toBe(false);
    });
  });

  it("without JavaScript explains how to do it by hand and offers the frame", async () => {
    await withPage(
      async (page) => {
        expect((await page.goto(`${baseUrl}/badge`))!.status()).toBe(200);
        const steps = page.locator("section[aria-labelledby=badge-by-hand] ol li");
        expect(await steps.count()).toBe(4);
        expect(await steps.first().textContent()).toContain("Download the frame");
        expect(await page.locator("main").textContent()).toContain(
          "When you share it, add #FreeAles.",
        );
        expect(await page.locator("input[type=file]").count()).toBe(0);
        expect(
          await page.getByRole("img", { name: "The campaign's profile picture frame" }).count(),
        ).toBe(1);
        const link = page.getByRole("link", { name: "Download the frame (PNG)" });
        expect(await link.getAttribute("download")).toBe("FreeAles-frame.png");
        const response = await fetch(`${baseUrl}${await link.getAttribute("href")}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("image/png");
        const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        expect(meta).toMatchObject({ format: "png", hasAlpha: true, width: 1080, height: 1080 });
      },
      { javaScriptEnabled: false },
    );
  });

  it("is in Belarusian at /be/badge, with the Belarusian frame", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/be/badge`);
      expect(await page.locator("h1").textContent()).toBe(
        "Падтрымайце кампанію сваім фота профілю",
      );
      const link = page.getByRole("link", { name: "Спампаваць рамку (PNG)" });
      expect(await link.getAttribute("href")).toBe("/demo/badge-frame-be.png");
      await choosePhoto(page, "Выбраць фотаздымак", await makePhoto());
      await expect.poll(() => status(page).textContent()).toContain("Фотаздымак у рамцы");
      expect(await page.getByRole("button", { name: "Спампаваць PNG" }).count()).toBe(1);
      expect(await page.getByRole("slider", { name: /^Маштаб/ }).count()).toBe(1);
    });
  });

  for (const [name, width] of [
    ["mobile", 360],
    ["desktop", 1280],
  ] as const) {
    it(`fits ${width} px and axe finds nothing serious, before and after a photo, in English and Belarusian`, async () => {
      const photo = await makePhoto();
      await withPage(
        async (page) => {
          for (const [lang, path, choose] of [
            ["en", "/badge", "Choose a photo"],
            ["be", "/be/badge", "Выбраць фотаздымак"],
          ] as const) {
            await page.goto(`${baseUrl}${path}`);
            for (const stage of ["frame", "photo"] as const) {
              if (stage === "photo") await choosePhoto(page, choose, photo);
              const overflow = await page.evaluate(
                () => document.documentElement.scrollWidth - window.innerWidth,
              );
              expect(overflow, `${path} ${stage} at ${width}px`).toBeLessThanOrEqual(0);
              expect(await page.locator("h1").count()).toBe(1);
              expect(await seriousViolations(page), `${path} ${stage}`).toEqual([]);
              await page.screenshot({
                path: `${SHOTS}/badge-${lang}-${name}-${stage}.png`,
                fullPage: true,
              });
            }
          }
        },
        { viewport: { width, height: 800 } },
      );
    });
  }
});

describe("the picture badge in the staff area", () => {
  it("an admin removes the frames (the page says so) and chooses them again; a JPEG is refused under its field", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.getByRole("link", { name: "Picture badge" }).click();
      await page.waitForURL(`${baseUrl}/admin/badge`);
      await page.screenshot({ path: `${SHOTS}/badge-staff.png`, fullPage: true });
      await page.getByLabel("Hashtag").fill("#FreeAles");
      await page.locator("#upload-be").setInputFiles({
        name: "photo.png",
        mimeType: "image/png",
        buffer: await sharp({
          create: { width: 500, height: 500, channels: 3, background: "#888" },
        })
          .jpeg()
          .toBuffer(),
      });
      await page.locator("#frame-ru").selectOption("");
      await page.getByRole("button", { name: "Save badge" }).click();
      await page.getByText("This file is not a PNG image.").waitFor();
      expect(await page.locator("#upload-be").getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#frame-ru").inputValue(), "the other choice is kept").toBe("");

      for (const lang of ["en", "be", "ru"]) await page.locator(`#frame-${lang}`).selectOption("");
      await page.getByRole("button", { name: "Save badge" }).click();
      await page.getByText("Saved: the badge page shows these frames now.").waitFor();
      const empty = await page.context().newPage();
      expect((await empty.goto(`${baseUrl}/badge`))!.status()).toBe(200);
      expect(await empty.locator("main").textContent()).toContain(
        "The campaign has not set up a profile picture frame yet.",
      );

      for (const lang of ["en", "be", "ru"]) {
        await page
          .locator(`#frame-${lang}`)
          .selectOption({ label: `badge-frame-${lang}.png (1080 × 1080)` });
      }
      // The notice of the first save is still there: wait for this one's answer.
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST"),
        page.getByRole("button", { name: "Save badge" }).click(),
      ]);
      await page.getByText("Saved: the badge page shows these frames now.").waitFor();
      expect(await page.locator("#frame-ru option:checked").textContent()).toBe(
        "badge-frame-ru.png (1080 × 1080)",
      );
      await empty.goto(`${baseUrl}/ru/badge`);
      expect(
        await empty.getByRole("link", { name: "Скачать рамку (PNG)" }).getAttribute("href"),
      ).toBe("/demo/badge-frame-ru.png");
    });
  });
});
