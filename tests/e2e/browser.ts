import { existsSync, mkdirSync } from "node:fs";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const SHOTS = "tests/e2e/screenshots";

/**
 * Debian's Chromium (or CHROMIUM_PATH), started with the flags that work as root on a
 * closed network; Playwright gives every launch a fresh profile folder. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A browser for one test file (launched before its tests, closed after), and `withPage`, which
 * runs some work in a fresh context (options: viewport, javaScriptEnabled …).
 */
export function fileBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });
  return async function withPage<T>(
    work: (page: Page, context: BrowserContext) => Promise<T>,
    options = {},
  ): Promise<T> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    try {
      return await work(page, context);
    } finally {
      await context.close();
    }
  };
}
