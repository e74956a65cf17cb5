/**
 * Lighthouse's mobile profile (its default: a mid-range phone on a slow 4G link, simulated) on
 * public pages of this site and, in the same run in the same Chromium, of a WordPress peer: the
 * same article in WordPress 6.1 with Twenty Twenty-Three. BENCH_WORDPRESS_URL names a running one
 * (with BENCH_WORDPRESS_ARTICLE, e.g. /ales-released/); otherwise the benchmark starts its own
 * (tests/bench/wordpress-peer.ts) when BENCH_WORDPRESS=1, or when Debian's WordPress, php-fpm,
 * MariaDB and nginx are installed and BENCH_WORDPRESS is not "0".
 * Prints performance, LCP, CLS and bytes. It measures; it asserts nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { findFreePort } from "@/lib/runtime/processes";
import { sleep, waitForExit } from "@/tests/bench/harness";
import { startWordPressPeer, wordpressPeerInstalled } from "@/tests/bench/wordpress-peer";

type Row = {
  site: string;
  page: string;
  performance: number;
  lcpMs: number;
  cls: number;
  kb: number;
};

async function startChromium(): Promise<{
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}> {
  const executable =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium");
  const port = await findFreePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), "lighthouse-chromium-"));
  const child = spawn(
    executable,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await sleep(100);
  }
  return {
    port,
    child,
    async stop() {
      child.kill("SIGKILL");
      await waitForExit(child);
      // Its helper processes may still write to the profile for a moment after the browser exits.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

async function audit(port: number, site: string, page: string, url: string): Promise<Row> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    site,
    page,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(value("largest-contentful-paint")),
    cls: +value("cumulative-layout-shift").toFixed(3),
    kb: +(value("total-byte-weight") / 1024).toFixed(1),
  };
}

type Peer = { url: string; articlePath: string; label: string; stop(): Promise<void> };

/** The WordPress peer to measure: the one BENCH_WORDPRESS_URL names, one of our own, or none. */
async function wordpressPeer(): Promise<Peer | undefined> {
  const url = process.env.BENCH_WORDPRESS_URL;
  if (url) {
    const articlePath = process.env.BENCH_WORDPRESS_ARTICLE ?? "/";
    return { url, articlePath, label: "WordPress", stop: async () => {} };
  }
  const wanted = process.env.BENCH_WORDPRESS;
  if (wanted === "0" || (wanted !== "1" && !wordpressPeerInstalled())) return undefined;
  try {
    return await startWordPressPeer();
  } catch (error) {
    // Asked for by name, a peer that does not start fails the run; found by chance, it is skipped.
    if (wanted === "1") throw error;
    console.warn(`No WordPress peer: ${String(error)}`);
    return undefined;
  }
}

/** Lighthouse on `pages` of this site (and the WordPress peer's, when one is set up). */
export async function benchmarkLighthouse(baseUrl: string, pages: [string, string][]) {
  const peer = await wordpressPeer();
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  const rows: Row[] = [];
  try {
    chromium = await startChromium();
    for (const [name, pathname] of pages) {
      // Warm: the first visit renders; Lighthouse measures what readers get after.
      await fetch(`${baseUrl}${pathname}`);
      rows.push(await audit(chromium.port, "this site", name, `${baseUrl}${pathname}`));
    }
    if (peer) {
      for (const [name, pathname] of [
        ["home", "/"],
        ["article", peer.articlePath],
      ] as const) {
        await fetch(`${peer.url}${pathname}`);
        rows.push(await audit(chromium.port, peer.label, name, `${peer.url}${pathname}`));
      }
    }
  } finally {
    // Both, even when one fails, and without hiding the error that brought us here.
    for (const result of await Promise.allSettled([chromium?.stop(), peer?.stop()]))
      if (result.status === "rejected") console.warn(`Cleanup failed: ${String(result.reason)}`);
  }
  console.log("\nLighthouse, mobile profile (simulated slow 4G, mid-range phone):");
  console.table(rows);
  if (!peer)
    console.log(
      "No WordPress peer: install Debian's wordpress (see tests/bench/wordpress-peer.ts), or set BENCH_WORDPRESS_URL.",
    );
}
