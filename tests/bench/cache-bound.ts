/**
 * Sends 100,000 distinct random searches, then 10,000 other addresses a visitor chose (slugs,
 * tags, feeds and page numbers past the end), to the production build, and prints the size of
 * what Next.js keeps on disk before and after each. It measures; it asserts nothing and gates
 * nothing.
 */
import { randomBytes } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { startProductionApp } from "@/tests/bench/harness";

const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SEARCHES = Number(process.env.CACHE_BENCH_SEARCHES) || 100_000;
const OTHERS = Number(process.env.CACHE_BENCH_OTHERS) || 10_000;
const CONCURRENCY = 50;

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const inner = await folderSize(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += (await stat(full)).size;
    }
  }
  return { files, bytes };
}

const random = () => randomBytes(6).toString("hex");
const SEARCH = [() => `/search?q=${random()}`];
const OTHER_SHAPES = [
  () => `/search?q=Viasna&page=${1 + Math.floor(Math.random() * 99_999)}`,
  () => `/news/${random()}`,
  () => `/tag/${random()}`,
  () => `/tag/${random()}/feed.xml`,
  () => `/${random()}`,
  () => `/page/${2 + Math.floor(Math.random() * 99_998)}`,
  () => `/tag/viasna/page/${2 + Math.floor(Math.random() * 99_998)}`,
];

async function send(base: string, shapes: (() => string)[], total: number, label: string) {
  const started = Date.now();
  let sent = 0;
  let errors = 0;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < total) {
        sent += 1;
        const shape = shapes[sent % shapes.length]!;
        const response = await fetch(`${base}${shape()}`).catch(() => null);
        if (!response) {
          errors += 1;
          continue;
        }
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${total} ${label} in ${seconds.toFixed(0)} s (${Math.round(total / seconds)} req/s), ` +
      `${errors} errors, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}

async function measure(label: string) {
  const [data, pages] = await Promise.all([
    folderSize(path.join(DIST_DIR, "cache")),
    folderSize(path.join(DIST_DIR, "server", "app")),
  ]);
  console.log(
    `${label}: data cache ${data.files} files, ${(data.bytes / 1024 / 1024).toFixed(1)} MB; ` +
      `built and cached pages ${pages.files} files, ${(pages.bytes / 1024 / 1024).toFixed(1)} MB`,
  );
  return { data, pages };
}

export async function benchmarkCacheBound() {
  console.log("Preparing the production build with 2,000 articles…");
  const app = await startProductionApp({
    label: "cachebench",
    distDir: DIST_DIR,
    articles: 2_000,
    skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  });
  try {
    await fetch(`${app.baseUrl}/`);
    const before = await measure("before");
    await send(app.baseUrl, SEARCH, SEARCHES, "random searches");
    await measure("after the searches");
    await send(app.baseUrl, OTHER_SHAPES, OTHERS, "random slugs, tags, feeds and page numbers");
    const after = await measure("after everything");
    const { rss } = process.memoryUsage();
    console.log(
      `growth: data cache +${after.data.files - before.data.files} files ` +
        `(+${((after.data.bytes - before.data.bytes) / 1024).toFixed(0)} KB), ` +
        `pages +${after.pages.files - before.pages.files} files; bench process RSS ${(rss / 1024 / 1024).toFixed(0)} MB`,
    );
  } finally {
    await app.stop();
  }
}
