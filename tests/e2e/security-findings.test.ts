import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
let browser: Browser;
const contexts: BrowserContext[] = [];

async function staffPage(email: string, password: string) {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, baseUrl, email, password);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("a tag saved with a draft stays out of public pages", () => {
  it("has no archive, no feed and no sitemap entry, and its name shows nowhere", async () => {
    const author = await createUser(db, { role: "AUTHOR" });
    const page = await staffPage(author.email, TEST_PASSWORD);
    const name = `Embargoed ${suffix}`;
    await page.goto(`${baseUrl}/admin/articles/new?kind=POST`);
    await page.getByLabel("Title", { exact: true }).fill(`Draft naming a witness ${suffix}`);
    await page.getByLabel("Tags").fill(name);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/saved=save/);
    const slug = `embargoed-${suffix}`;
    expect(await db.term.count({ where: { slug } })).toBe(1);

    expect((await fetch(`${baseUrl}/tag/${slug}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/tag/${slug}/feed.xml`)).status).toBe(404);
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).not.toContain(slug);
    for (const path of ["/", "/sitemap.xml", `/tag/${slug}`, "/search?q=Embargoed"]) {
      expect(await (await fetch(`${baseUrl}${path}`)).text(), path).not.toContain(name);
    }
  });
});

describe("Auth.js's own endpoints", () => {
  it.each([
    ["POST", "/api/auth/signout"],
    ["GET", "/api/auth/session"],
    ["GET", "/api/auth/csrf"],
    ["GET", "/api/auth/providers"],
    ["GET", "/api/auth/verify-request"],
    ["GET", "/api/auth/signin"],
    ["POST", "/api/auth/callback/credentials"],
  ])("%s %s answers 404", async (method, path) => {
    expect((await fetch(`${baseUrl}${path}`, { method, redirect: "manual" })).status).toBe(404);
  });

  it("signing out ends the session on the server: the old cookie no longer opens the staff area", async () => {
    const page = await staffPage(inject("adminEmail"), inject("adminPassword"));
    const cookie = (await page.context().cookies())
      .map((entry) => `${entry.name}=${entry.value}`)
      .join("; ");
    expect(
      (await fetch(`${baseUrl}/admin`, { headers: { cookie }, redirect: "manual" })).status,
    ).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    const after = await fetch(`${baseUrl}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(after.status).toBe(307);
    expect(after.headers.get("location")).toMatch(/^\/login/);
  });
});

describe("uploaded files keep their own policy", () => {
  it("/media answers with default-src 'none' and a sandbox", async () => {
    const image = await db.media.findFirst({ where: { storageKey: { startsWith: "uploads/" } } });
    let key = image?.storageKey;
    if (!key) {
      const page = await staffPage(inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/media`);
      const png = await sharp({
        create: { width: 20, height: 20, channels: 3, background: "#884422" },
      })
        .png()
        .toBuffer();
      await page.getByLabel("Image file").setInputFiles({
        name: `policy-${suffix}.png`,
        mimeType: "image/png",
        buffer: png,
      });
      await page.getByRole("button", { name: "Upload" }).click();
      await page.getByText(`"policy-${suffix}.png" was uploaded.`).waitFor();
      key = (await db.media.findFirstOrThrow({ where: { originalName: `policy-${suffix}.png` } }))
        .storageKey;
    }
    const response = await fetch(`${baseUrl}/media/${key}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("sandbox");
    expect(csp).not.toContain("script-src");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("staff pages print no text from the address", () => {
  it("the comment queue and the media library ignore ?done, ?error and ?uploaded", async () => {
    const page = await staffPage(inject("adminEmail"), inject("adminPassword"));
    const bait = "Session expired, sign in at https://evil.example";
    for (const path of [
      `/admin/comments?done=${encodeURIComponent(bait)}&error=${encodeURIComponent(bait)}`,
      `/admin/media?uploaded=${encodeURIComponent(bait)}&error=${encodeURIComponent(bait)}`,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.locator("main").textContent(), path).not.toContain("evil.example");
    }
  });

  it("the no-JavaScript upload says what happened, once, from the server", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword")).catch(async () => {
      // Without JavaScript the sign-in lands through a plain form post.
      await page.waitForURL(`${baseUrl}/admin`);
    });
    await page.goto(`${baseUrl}/admin/media`);
    await page.getByLabel("Image file").setInputFiles({
      name: "not-an-image.png",
      mimeType: "image/png",
      buffer: Buffer.from("this is text"),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.waitForURL(`${baseUrl}/admin/media`);
    expect(await page.getByRole("alert").textContent()).toContain("not a JPEG, PNG, WebP or GIF");
    await page.reload();
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});
