import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const SHOTS = "tests/e2e/screenshots";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser.close();
});

const STAFF_PAGES = [
  ["dashboard", "/admin"],
  ["articles", "/admin/articles"],
  ["editor", "/admin/articles/new"],
  ["comments", "/admin/comments"],
  ["media", "/admin/media"],
  ["terms", "/admin/terms"],
  ["settings", "/admin/settings"],
] as const;

describe("staff pages at phone and desktop widths", () => {
  it.each([
    ["mobile", 360, 740],
    ["desktop", 1280, 900],
  ])("every staff page fits the %s width", async (name, width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
    for (const [label, path] of STAFF_PAGES) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator("h1").count(), `${path} has one h1`).toBe(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/staff-${label}-${name}.png`, fullPage: true });
    }
    await context.close();
  });
});
