import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
let browser: Browser;
let db: PrismaClient;
let staffCookie: string;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
  staffCookie = (await context.cookies())
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join("; ");
  await context.close();
});

afterAll(async () => {
  await browser.close();
  await db.$disconnect();
});

const cacheControl = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return { status: response.status, value: response.headers.get("cache-control") ?? "" };
};

describe("what shared caches are told", () => {
  it.each(["/", "/news/ales-bialiatski-released", "/feed.xml", "/sitemap.xml"])(
    "%s tells readers no internal cache tags when no purger is configured",
    async (path) => {
      await fetch(`${baseUrl}${path}`);
      const response = await fetch(`${baseUrl}${path}`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      for (const name of [
        "x-campaign-cache-tags",
        "x-next-cache-tags",
        "surrogate-key",
        "cache-tag",
      ])
        expect(response.headers.get(name)).toBeNull();
    },
  );

  it.each(["/", "/news/ales-bialiatski-released", "/tag/viasna", "/about", "/page/2"])(
    "%s may be kept a minute by a shared cache, never a year",
    async (path) => {
      await fetch(`${baseUrl}${path}`); // the first visit renders it into Next's cache
      const { status, value } = await cacheControl(path);
      expect(status).toBe(200);
      expect(value).toMatch(/\bpublic\b/);
      expect(value).toMatch(/\bs-maxage=60\b/);
      expect(value).toMatch(/\bstale-while-revalidate=\d+/);
      expect(value).toMatch(/\bstale-if-error=\d+/);
      expect(value).not.toMatch(/31536000/);
    },
  );

  it("feeds: a minute in shared caches too", async () => {
    const { value } = await cacheControl("/feed.xml");
    expect(value).toMatch(/\bs-maxage=60\b/);
    expect(value).toMatch(/\bstale-if-error=\d+/);
  });

  it("the staff area, previews, sign-in, the live comment view and the token route are private", async () => {
    const article = await db.article.findFirstOrThrow({
      where: { slug: "ales-bialiatski-released" },
      select: { id: true },
    });
    const staff = { cookie: staffCookie };
    for (const [path, headers] of [
      ["/admin", staff],
      [`/admin/articles/${article.id}/preview`, staff],
      ["/admin/comments", staff],
      ["/login", {}],
      ["/news/ales-bialiatski-released?respond=1", {}],
      [`/api/comments/token?articleId=${article.id}`, {}],
      ["/", staff],
    ] as const) {
      const { value } = await cacheControl(path, headers);
      expect(value, path).toMatch(/\bprivate\b/);
      expect(value, path).toMatch(/\bno-store\b/);
    }
  });

  it("a staff change shows at once, even on a page the front keeps in memory", async () => {
    const tagline = async () =>
      /<p class="mt-1 hidden[^"]*">([^<]*)<\/p>/.exec(
        await (await fetch(`${baseUrl}/about`)).text(),
      )?.[1];
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`${baseUrl}/admin/settings`);
    const next = `Tagline changed at ${Date.now()}`;
    await page.getByRole("form", { name: "Site" }).getByLabel("Tagline").fill(next);
    // The front keeps the page two seconds; the change must not wait for that.
    const before = await tagline();
    expect(before).toBeTruthy();
    expect(await tagline()).toBe(before);
    await page.getByRole("button", { name: "Save site settings" }).click();
    await page.getByText("Site settings saved").waitFor();
    expect(await tagline()).toBe(next);
    await page.getByRole("form", { name: "Site" }).getByLabel("Tagline").fill(before!);
    await page.getByRole("button", { name: "Save site settings" }).click();
    await page.getByText("Site settings saved").waitFor();
    await context.close();
  });
});
