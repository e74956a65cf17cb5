import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function bytes(path: string): Promise<{ type: string | null; body: Buffer }> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return {
    type: response.headers.get("content-type"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The PNG images inside an ICO file, with the sizes its directory claims. */
function icoEntries(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + index * 16;
    const size = ico.readUInt8(entry) || 256;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size, png: ico.subarray(offset, offset + length) };
  });
}

/** The average colour of an icon, as [r, g, b]. */
async function averageColour(png: Buffer): Promise<number[]> {
  const { channels } = await sharp(png).stats();
  return channels.slice(0, 3).map((channel) => Math.round(channel.mean));
}

describe("the site's icons and manifest", () => {
  it("serve a favicon, an apple-touch-icon and a manifest made from the settings", async () => {
    const favicon = await bytes("/favicon.ico");
    expect(favicon.type).toBe("image/x-icon");
    const entries = icoEntries(favicon.body);
    expect(entries.map((entry) => entry.size)).toEqual([16, 32, 48]);
    for (const entry of entries) {
      const meta = await sharp(entry.png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", entry.size, entry.size]);
    }
    const touch = await bytes("/apple-touch-icon.png");
    expect((await sharp(touch.body).metadata()).width).toBe(180);

    const manifest = (await (await fetch(`${baseUrl}/manifest.webmanifest`)).json()) as {
      name: string;
      theme_color: string;
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe("Free Ales Bialiatski");
    expect(manifest.theme_color).toBe("#a4161a");
    expect(manifest.start_url).toBe("/");
    for (const icon of manifest.icons) {
      const png = await bytes(icon.src);
      const { width, height } = await sharp(png.body).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    // Without a logo the icon is the accent colour (with white initials on it).
    const [r, g, b] = await averageColour(touch.body);
    expect(r!).toBeGreaterThan(g! + 40);
    expect(r!).toBeGreaterThan(b! + 40);
  });

  it("pages link them, and a page load asks for nothing that is missing", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") failed.push(message.text());
    });
    await page.goto(`${baseUrl}/news/ales-bialiatski-released`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator('head link[rel="manifest"]').getAttribute("href")).toBe(
      "/manifest.webmanifest",
    );
    expect(await page.locator('head link[rel="apple-touch-icon"]').count()).toBe(1);
    expect(await page.locator('head link[rel="icon"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('head meta[name="theme-color"]').getAttribute("content")).toBe(
      "#a4161a",
    );
    const favicon = await page.request.get(`${baseUrl}/favicon.ico`);
    expect(favicon.status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });

  it("an admin replaces them by uploading a logo, and can go back to the initials", async () => {
    const before = icoEntries((await bytes("/favicon.ico")).body)[2]!.png;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`${baseUrl}/admin/settings`);
    const logo = await sharp({
      create: { width: 600, height: 600, channels: 3, background: "#1e7a34" },
    })
      .png()
      .toBuffer();
    await page.getByLabel("Upload a logo").setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: logo,
    });
    await page.getByRole("button", { name: "Save the logo" }).click();
    await page.getByText("Logo saved").waitFor();

    const after = icoEntries((await bytes("/favicon.ico")).body)[2]!.png;
    expect(after.equals(before)).toBe(false);
    const [r, g, b] = await averageColour(after);
    expect(g!).toBeGreaterThan(r! + 40);
    expect(g!).toBeGreaterThan(b! + 20);
    const html = await (await fetch(`${baseUrl}/`)).text();
    const icon = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)![1]!;
    const [, green] = await averageColour((await bytes(icon)).body);
    expect(green!).toBeGreaterThan(100);

    await page.getByRole("button", { name: "Remove the logo" }).click();
    await page.getByText("The logo is removed").waitFor();
    const restored = icoEntries((await bytes("/favicon.ico")).body)[2]!.png;
    expect(restored.equals(before)).toBe(true);
    await context.close();
  });
});
