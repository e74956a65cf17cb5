import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Front, startFront } from "@/lib/runtime/front";
import { findFreePort } from "@/lib/runtime/processes";
import { launchBrowser } from "@/tests/e2e/browser";

// A page shaped like the ones Next.js writes, plus scripts a server-side bug could let in.
const PAGE = `<!DOCTYPE html><html><head><title>t</title>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});</script>
</head><body><main>page</main>
<script>self.__next_f.push([1,"0:{\\"ok\\":true}\\n"])</script>
<script>window.__injected = 1</script>
<script>self.__next_f.push([1,"a"]);window.__hidden = 1</script>
<script>(self.__next_f=self.__next_f||[]).push([0]);window.__appended = 1</script>
</body></html>`;

let browser: Browser;
let upstream: http.Server;
let front: Front;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  upstream = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const port = await findFreePort();
  front = await startFront({
    port,
    upstreamPort: (upstream.address() as AddressInfo).port,
    siteUrl: `http://localhost:${port}`,
  });
  base = `http://localhost:${port}`;
});

afterAll(async () => {
  await browser.close();
  await front.close();
  await new Promise((resolve) => upstream.close(resolve));
});

describe("the CSP the front sends", () => {
  it("lets the framework's own inline scripts run and blocks any other (signed in: React kept)", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "authjs.session-token", value: "x", url: base }]);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${base}/`);
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        queue: Array.isArray(w.__next_f) ? (w.__next_f as unknown[]).length : -1,
        turbopack: Array.isArray(w.TURBOPACK),
        injected: w.__injected,
        hidden: w.__hidden,
        appended: w.__appended,
      };
    });
    expect(state).toEqual({
      queue: 2,
      turbopack: true,
      injected: undefined,
      hidden: undefined,
      appended: undefined,
    });
    expect(refused.length).toBe(3);
    await context.close();
  });

  it("sends an anonymous reader none of the framework's scripts, and still blocks any other", async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${base}/`);
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { queue: w.__next_f, turbopack: w.TURBOPACK, injected: w.__injected };
    });
    expect(state).toEqual({ queue: undefined, turbopack: undefined, injected: undefined });
    // The three scripts that are not exactly the framework's stay, and are refused.
    expect(refused.length).toBe(3);
    expect(await page.locator("main").textContent()).toBe("page");
    await page.close();
  });
});
