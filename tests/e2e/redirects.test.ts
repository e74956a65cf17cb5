import { randomBytes, randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const suffix = randomBytes(3).toString("hex");
const oldPath = `/2019/11/old-appeal-${suffix}`;
const storyPath = "/news/ales-bialiatski-released";

afterAll(async () => {
  await db.$disconnect();
});

/** A reader's request, redirects not followed: status, where it leads (resolved), the page. */
async function read(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  const location = response.headers.get("location");
  return {
    status: response.status,
    location: location ? new URL(location, `${baseUrl}${path}`) : null,
    cacheControl: response.headers.get("cache-control") ?? "",
    body: await response.text(),
  };
}

async function expectMovedToStory(path: string) {
  const answer = await read(path);
  expect(answer.status, path).toBe(301);
  // This site's public origin, never the private port Next.js listens on behind the front.
  expect(answer.location?.origin, path).toBe(new URL(baseUrl).origin);
  expect(answer.location?.pathname, path).toBe(storyPath);
  expect(answer.cacheControl, path).toMatch(/max-age=\d+/);
}

describe("redirects from old addresses", () => {
  it("an admin adds one in the staff area; readers at the old address get 301 to the story", async () => {
    // A reader tried it first: the miss is remembered for a while, and adding must forget it.
    expect((await read(oldPath)).status).toBe(404);

    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/redirects`);
      const form = page.getByRole("form", { name: "Add a redirect" });
      await form.getByLabel("Old address").fill(`${oldPath.toUpperCase()}/?utm_source=mail`);
      await form.getByLabel("New address").fill("https://evil.example/phish");
      await form.getByRole("button", { name: "Add redirect" }).click();
      await expect
        .poll(() => form.getByRole("alert").textContent())
        .toMatch(/Redirects lead only to this site/);
      expect(await form.getByLabel("New address").getAttribute("aria-invalid")).toBe("true");
      // What was typed is still there.
      expect(await form.getByLabel("Old address").inputValue()).toBe(
        `${oldPath.toUpperCase()}/?utm_source=mail`,
      );

      await form.getByLabel("New address").fill(`${baseUrl}${storyPath}`);
      await form.getByRole("button", { name: "Add redirect" }).click();
      await expect
        .poll(() => form.getByRole("status").textContent())
        .toBe(`Added: ${oldPath} now redirects.`);
      const row = page.getByRole("row").filter({ hasText: oldPath });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain("Added by staff");
      expect(await row.textContent()).toContain("Ales Bialiatski");
      await page.screenshot({ path: `${SHOTS}/redirects-staff.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).include("main").analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious).toEqual([]);
    });

    await expectMovedToStory(oldPath);
    await expectMovedToStory(`${oldPath}/`);
    await withPage(async (page) => {
      const response = await page.goto(`${baseUrl}${oldPath}/`);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(`${baseUrl}${storyPath}`);
    });
  });

  it("imported WordPress query links answer 301 too; unknown old addresses are the site's 404", async () => {
    const story = await db.article.findFirstOrThrow({
      where: { slug: "ales-bialiatski-released" },
      select: { id: true },
    });
    const postId = randomInt(100_000, 900_000);
    await db.redirect.create({
      data: { fromPath: `/?p=${postId}`, articleId: story.id, source: "IMPORT" },
    });
    await expectMovedToStory(`/?p=${postId}`);
    await expectMovedToStory(`/index.php?p=${postId}&utm_campaign=old`);

    for (const path of [
      `/?p=${postId + 1}`,
      `/2019/11/never-was-${suffix}`,
      `/archives/${postId}`,
    ]) {
      const answer = await read(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toContain("Page not found");
    }

    // Each 301 was counted, written a few seconds later without slowing the answer.
    await expect
      .poll(
        async () =>
          (await db.redirect.findUniqueOrThrow({ where: { fromPath: `/?p=${postId}` } })).hits,
        { timeout: 15_000, interval: 500 },
      )
      .toBe(2);
  });

  it("without JavaScript, the redirect's page changes where it leads, keeping a refused address", async () => {
    const { id } = await db.redirect.findUniqueOrThrow({ where: { fromPath: oldPath } });
    await withPage(
      async (page) => {
        await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
        await page.goto(`${baseUrl}/admin/redirects/${id}`);
        const field = page.getByLabel("New address");
        expect(await field.inputValue()).toBe(storyPath);
        await field.fill(oldPath);
        await page.getByRole("button", { name: "Save" }).click();
        await page.waitForLoadState();
        expect(await page.getByRole("alert").textContent()).toMatch(/in a circle/);
        expect(await page.getByLabel("New address").inputValue()).toBe(oldPath);
        await page.getByLabel("New address").fill("/petitions");
        await page.getByRole("button", { name: "Save" }).click();
        await page.waitForLoadState();
        expect(await page.getByRole("status").textContent()).toBe("Saved.");
      },
      { javaScriptEnabled: false },
    );
    const answer = await read(oldPath);
    expect(answer.status).toBe(301);
    expect(answer.location?.pathname).toBe("/petitions");
  });

  it("deleting the selected redirects makes their old addresses 404 at once", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/redirects?q=${encodeURIComponent(oldPath)}`);
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByLabel(`Select the redirect from ${oldPath}`).check();
      await page.getByRole("button", { name: "Delete selected" }).click();
      await expect
        .poll(() => page.getByRole("status").first().textContent())
        .toBe("1 redirect deleted.");
    });
    expect((await read(oldPath)).status).toBe(404);
  });
});
