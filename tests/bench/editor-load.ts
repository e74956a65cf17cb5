/**
 * How long the article editor takes to become usable in Chromium, and what it transfers, against
 * the production build the public-page benchmark started. "Usable" is when the toolbar is on
 * screen and the text area accepts typing (Tiptap has replaced the plain textarea). It measures;
 * it asserts nothing and gates nothing.
 */
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { ADMIN } from "@/tests/bench/harness";

const VISITS = Number(process.env.BENCH_EDITOR_VISITS) || 5;

/** Bytes as transferred (compressed, headers aside) for everything a page load fetched. */
async function trackTransfer(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  let scriptBytes = 0;
  const types = new Map<string, string>();
  cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
    if (types.get(event.requestId) === "Script") scriptBytes += event.encodedDataLength;
  });
  return {
    reset: () => {
      bytes = 0;
      scriptBytes = 0;
    },
    read: () => ({ bytes, scriptBytes }),
  };
}

async function openEditor(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.locator('[role="toolbar"]').first().waitFor();
  await page.locator('.ProseMirror[contenteditable="true"]').first().waitFor();
  return Date.now() - started;
}

export async function benchmarkEditorLoad(baseUrl: string, databaseUrl: string) {
  // The longest published story: the editor at its heaviest among the benchmark's articles.
  const db = createPrismaClient(databaseUrl);
  const [article] = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY length(body) DESC LIMIT 1`;
  await db.$disconnect();
  if (!article) throw new Error("no article to open in the editor");
  const editorUrl = `${baseUrl}/admin/articles/${article.id}`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, ADMIN.email, ADMIN.password);

    // First visit: nothing of the staff area's scripts in the browser's cache yet.
    const fresh = await browser.newContext({ storageState: await context.storageState() });
    const firstPage = await fresh.newPage();
    const transfer = await trackTransfer(firstPage);
    const firstMs = await openEditor(firstPage, editorUrl);
    await firstPage.waitForLoadState("networkidle");
    const first = transfer.read();
    await fresh.close();

    // Later visits, with the scripts cached as a staff member's browser has them.
    const times: number[] = [];
    const repeat = await trackTransfer(page);
    let repeatBytes = 0;
    for (let visit = 0; visit < VISITS; visit += 1) {
      repeat.reset();
      times.push(await openEditor(page, editorUrl));
      await page.waitForLoadState("networkidle");
      repeatBytes = repeat.read().bytes;
    }
    times.sort((a, b) => a - b);
    const kb = (value: number) => +(value / 1024).toFixed(1);
    console.log("\nThe article editor in Chromium (time until the toolbar and text accept input):");
    console.table([
      {
        visit: "first (empty cache)",
        "usable ms": firstMs,
        "KB transferred": kb(first.bytes),
        "JS KB": kb(first.scriptBytes),
      },
      {
        visit: `repeat (median of ${VISITS})`,
        "usable ms": times[Math.floor(times.length / 2)],
        "KB transferred": kb(repeatBytes),
        "JS KB": "",
      },
    ]);
  } finally {
    await browser.close();
  }
}
