import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sanitizeCommentHtml } from "@/lib/sanitize";
import { launchBrowser } from "@/tests/e2e/browser";
import { XSS_VECTORS } from "@/tests/fixtures/xss-vectors";
import { findUnsafeMarkup } from "@/tests/unit/xss-corpus-check";

const baseUrl = inject("baseUrl");
let browser: Browser;
let db: PrismaClient;
let article: { id: string; slug: string };
const year = String(new Date().getUTCFullYear());

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(inject("e2eDatabaseUrl"));
  const author = await db.user.findFirstOrThrow({ select: { id: true } });
  article = await db.article.create({
    data: {
      title: "Comments test article",
      slug: `comments-test-${Date.now()}`,
      body: "<p>Body</p>",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 60_000),
      authorId: author.id,
    },
    select: { id: true, slug: true },
  });
});

afterAll(async () => {
  await db.$disconnect();
  await browser.close();
});

/** The form refuses a post sent sooner than the configured minimum after it was shown. */
const waitOutTokenAge = (page: Page) => page.waitForTimeout(inject("commentTokenMinAgeMs") + 200);

const livePath = (query = "respond=1") => `${baseUrl}/news/${article.slug}?${query}#respond`;

async function fillForm(
  page: Page,
  fields: { name: string; email: string; body: string; year?: string },
) {
  const form = page.locator("#comment-form");
  await form.getByLabel("Name").fill(fields.name);
  await form.getByLabel("Email", { exact: true }).fill(fields.email);
  await form.getByLabel("Comment", { exact: true }).fill(fields.body);
  if (fields.year !== undefined) await form.getByLabel("What year is it?").fill(fields.year);
}

async function submitForm(page: Page) {
  await page.locator("#comment-form").getByRole("button", { name: "Post comment" }).click();
}

async function approveInQueue(context: BrowserContext, text: string) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/comments?status=PENDING`);
  if (page.url().includes("/login")) {
    await page.getByLabel("Email").fill(inject("adminEmail"));
    await page.getByLabel("Password").fill(inject("adminPassword"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin\/comments/);
  }
  const row = page.locator("[data-queue-comment]", { hasText: text });
  await row.getByRole("button", { name: "Approve", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "1 comment approved." }).waitFor();
  await page.close();
}

describe("reader comments", () => {
  it("posts without JavaScript, refusing a too-fast form with everything kept, then shows it only to its author until approved", async () => {
    const author = await browser.newContext({ javaScriptEnabled: false });
    const page = await author.newPage();
    await page.goto(livePath());
    const body = `No-JS comment ${Date.now()}`;
    await fillForm(page, { name: "Ales Reader", email: "nojs@example.org", body, year });
    await submitForm(page);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/too fast/);
    expect(
      await page.locator("#comment-form").getByLabel("Comment", { exact: true }).inputValue(),
    ).toBe(body);
    expect(await page.locator("#comment-form").getByLabel("Name").inputValue()).toBe("Ales Reader");

    await waitOutTokenAge(page);
    await submitForm(page);
    await page.waitForURL(/commented=/);
    const own = page.locator("[data-comment-id]", { hasText: body });
    expect(await own.locator("[data-awaiting-moderation]").textContent()).toMatch(
      /awaiting moderation/,
    );
    // Reloading the plain article URL still shows it to its author (the signed cookie).
    await page.goto(`${baseUrl}/news/${article.slug}`);
    expect(await page.locator("[data-comment-id]", { hasText: body }).count()).toBe(1);

    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    await other.goto(livePath());
    expect(await other.getByText(body).count()).toBe(0);

    await approveInQueue(await browser.newContext(), body);
    await other.goto(`${baseUrl}/news/${article.slug}?respond=1`);
    const approved = other.locator("[data-comments-section] [data-comment-id]", { hasText: body });
    expect(await approved.count()).toBe(1);
    expect(await approved.locator("[data-awaiting-moderation]").count()).toBe(0);
    await author.close();
    await stranger.close();
  });

  it("posts with JavaScript in place, replies to an approved comment and shows the thread", async () => {
    const parent = await db.comment.create({
      data: {
        articleId: article.id,
        authorName: "First Reader",
        authorEmail: "first@example.org",
        body: "<p>Parent comment</p>",
        status: "PENDING",
      },
    });
    // Approved through the queue, which refreshes the article's cached comments.
    await approveInQueue(await browser.newContext(), "Parent comment");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(livePath(`replyto=${parent.id}`));
    await page.getByText("Replying to First Reader").waitFor();
    const body = `JS reply ${Date.now()}`;
    await fillForm(page, { name: "Second Reader", email: "second@example.org", body, year });
    await waitOutTokenAge(page);
    await submitForm(page);
    await page.getByRole("status").filter({ hasText: "awaiting moderation" }).waitFor();
    expect(page.url()).not.toContain("commented=");
    expect(await page.locator("[data-posted-comment]").textContent()).toContain(body);

    await approveInQueue(await browser.newContext(), body);
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(livePath());
    const thread = reader.locator(`#comment-${parent.id}`).locator("xpath=..");
    expect(await thread.locator("[data-comment-id]", { hasText: body }).count()).toBe(1);
    await context.close();
  });

  it("explains the honeypot, too-fast and human-check refusals", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(livePath());
    await fillForm(page, {
      name: "Robot",
      email: "robot@example.org",
      body: `Bot ${Date.now()}`,
      year,
    });
    await page.locator('#comment-form input[name="company"]').fill("Spam Inc", { force: true });
    await waitOutTokenAge(page);
    await submitForm(page);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/robots/);

    await page.goto(livePath());
    await fillForm(page, {
      name: "Hasty",
      email: "hasty@example.org",
      body: `Fast ${Date.now()}`,
      year,
    });
    await submitForm(page);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/too fast/);

    await page.goto(livePath());
    await fillForm(page, {
      name: "Timeless",
      email: "t@example.org",
      body: `Year ${Date.now()}`,
      year: "1999",
    });
    await waitOutTokenAge(page);
    await submitForm(page);
    await expect
      .poll(() => page.locator("#comment-form").textContent())
      .toMatch(/not the current year/);
    expect(await page.locator("#comment-form").getByLabel("What year is it?").inputValue()).toBe(
      "1999",
    );
    await context.close();
  });

  it("renders the XSS corpus without running any script or leaving anything unsafe in the DOM", async () => {
    const author = await db.user.findFirstOrThrow({ select: { id: true } });
    const target = await db.article.create({
      data: {
        title: "XSS corpus article",
        slug: `xss-corpus-${Date.now()}`,
        body: "<p>Body</p>",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authorId: author.id,
      },
    });
    // One thread holds every vector, so the first page of comments shows them all.
    const root = await db.comment.create({
      data: {
        articleId: target.id,
        authorName: "Root",
        authorEmail: "root@example.org",
        body: "<p>Root</p>",
        status: "APPROVED",
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    await db.comment.createMany({
      data: XSS_VECTORS.map((vector, index) => ({
        articleId: target.id,
        parentId: root.id,
        authorName: `Vector ${index} "><img src=x onerror=alert(1)>`,
        authorEmail: `v${index}@example.org`,
        body: sanitizeCommentHtml(`#${index} ${vector}`),
        status: "APPROVED" as const,
        createdAt: new Date(Date.now() - 60_000 + index),
      })),
    });
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { __xss?: number }).__xss = 0;
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl}/news/${target.slug}?respond=1`);
    await page.locator("[data-comments-section]").waitFor();
    const bodies = page.locator("[data-comments-section] .comment-body");
    await page.mouse.move(200, 200);
    // Every image has failed or loaded (so any onerror/onload has had its chance) once "load" fires.
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const html = await bodies.evaluateAll((nodes) => nodes.map((node) => node.innerHTML));
    expect(html.length).toBe(XSS_VECTORS.length + 1);
    for (const fragment of html) expect(findUnsafeMarkup(fragment), fragment).toEqual([]);
    const dangerous = await page.evaluate(() =>
      [...document.querySelectorAll("[data-comments-section] *")].flatMap((element) =>
        [...element.attributes]
          .filter(
            (attribute) =>
              attribute.name.startsWith("on") ||
              /^\s*(javascript|vbscript|data):/i.test(attribute.value),
          )
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
    );
    expect(dangerous).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(0);
    await context.close();
  });
});
