import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createArticle, createTerm } from "@/tests/factories/articles";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const name = (text: string) => `${text} ${suffix}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
let editorEmail = "";
let articleId = "";

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, baseUrl, editorEmail, TEST_PASSWORD);
  return page;
}

const termNames = async (taxonomy: "TAG" | "CATEGORY") =>
  (
    await db.term.findMany({
      where: { taxonomy, articles: { some: { id: articleId } } },
      select: { name: true },
      orderBy: { name: "asc" },
    })
  ).map((term) => term.name);

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  const editor = await createUser(db, { role: "EDITOR" });
  editorEmail = editor.email;
  // Two existing tags starting alike: the one on more articles is suggested first.
  const oftenUsed = await createTerm(db, "TAG", { name: name("Okrestina") });
  const rarelyUsed = await createTerm(db, "TAG", { name: name("Okrestina vigil") });
  for (let i = 0; i < 3; i++) await createArticle(db, editor.id, { termIds: [oftenUsed.id] });
  await createArticle(db, editor.id, { termIds: [rarelyUsed.id] });
  const old = await createTerm(db, "TAG", { name: name("Old tag") });
  await createTerm(db, "REGION", { name: name("Okrestina region") });
  const courts = await createTerm(db, "CATEGORY", { name: name("Courts") });
  await createTerm(db, "CATEGORY", { name: name("Appeals"), parentId: courts.id });
  for (const category of ["Letters", "Statements", "Vigils", "Prisons"]) {
    await createTerm(db, "CATEGORY", { name: name(category) });
  }
  const article = await createArticle(db, editor.id, {
    title: name("Organising test"),
    termIds: [old.id],
  });
  articleId = article.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("organising an article in the editor", () => {
  it("suggests existing tags, adds new ones with a comma, removes one, and filters categories", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/admin/articles/${articleId}`);
    const tags = page.getByRole("combobox", { name: "Tags" });
    const removeOld = page.getByRole("button", { name: `Remove tag “${name("Old tag")}”` });
    await removeOld.waitFor();

    await tags.click();
    await tags.pressSequentially(`Okrest`);
    const suggestions = page.getByRole("listbox", { name: "Suggestions" });
    const options = suggestions.getByRole("option");
    await options.filter({ hasText: name("Okrestina vigil") }).waitFor();
    const ours = (await options.allTextContents()).filter((text) => text.includes(suffix));
    expect(ours).toEqual([
      `${name("Okrestina")} 3 articles`,
      `${name("Okrestina vigil")} 1 article`,
    ]);
    await page.screenshot({ path: `${SHOTS}/editor-organising-suggestions.png` });
    await tags.pressSequentially(`ina ${suffix}`);
    await options.filter({ hasText: name("Okrestina vigil") }).waitFor({ state: "detached" });
    await options.filter({ hasText: name("Okrestina") }).waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await tags.getAttribute("aria-activedescendant")).toBeTruthy();
    await page.keyboard.press("Enter");
    const removeOkrestina = page.getByRole("button", {
      name: `Remove tag “${name("Okrestina")}”`,
    });
    await removeOkrestina.waitFor();
    expect(await tags.inputValue()).toBe("");
    await page.getByText(`Tag “${name("Okrestina")}” added.`).waitFor();

    await tags.pressSequentially(`${name("Brand new")},`);
    await page.getByRole("button", { name: `Remove tag “${name("Brand new")}”` }).waitFor();
    expect(await tags.inputValue()).toBe("");
    await page.keyboard.press("Escape");
    expect(await suggestions.isVisible()).toBe(false);

    await removeOld.click();
    await removeOld.waitFor({ state: "detached" });
    expect(await page.locator('input[name="tags"]').inputValue()).toBe(
      `${name("Okrestina")}, ${name("Brand new")}`,
    );

    const categories = page.getByRole("group", { name: "Categories" });
    await categories.getByLabel(name("Letters")).check();
    await categories.getByLabel(name("Prisons")).check();
    await page.getByLabel("Filter categories").fill(`appeals ${suffix}`);
    await categories
      .getByRole("status")
      .getByText(/^1 of \d+ matches\./)
      .waitFor();
    const visible = (await categories.locator("li:visible").allTextContents()).filter((text) =>
      text.includes(suffix),
    );
    // The match, its parent for context, and the ticked ones; the rest are hidden.
    expect(visible.sort()).toEqual(
      [name("Appeals"), name("Courts"), name("Letters"), name("Prisons")].sort(),
    );
    expect(await categories.getByLabel(name("Vigils")).isVisible()).toBe(false);
    await categories.getByLabel(name("Appeals")).check();
    await categories.getByLabel(name("Prisons")).uncheck();
    await page.screenshot({ path: `${SHOTS}/editor-organising-sidebar.png`, fullPage: true });

    const { violations } = await new AxeBuilder({ page }).include("form aside").analyze();
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/saved=save$/);
    expect(await termNames("TAG")).toEqual([name("Brand new"), name("Okrestina")]);
    expect(await termNames("CATEGORY")).toEqual([name("Appeals"), name("Letters")]);
    expect(await db.term.count({ where: { taxonomy: "TAG", name: name("Okrestina") } })).toBe(1);

    // After the save the chips and ticks show what was stored, and the filter starts empty.
    await page.getByRole("button", { name: `Remove tag “${name("Brand new")}”` }).waitFor();
    expect(await page.getByLabel("Filter categories").inputValue()).toBe("");
    expect(await categories.getByLabel(name("Appeals")).isChecked()).toBe(true);
  });

  it("keeps typed text on a failed save and offers the plain field without JavaScript", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/admin/articles/${articleId}`);
    const tags = page.getByRole("combobox", { name: "Tags" });
    await tags.click();
    await tags.pressSequentially(`${"x".repeat(61)},`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("A tag can be at most 60 characters.").waitFor();
    await page.getByRole("button", { name: `Remove tag “${"x".repeat(61)}”` }).waitFor();
    expect(await termNames("TAG")).toEqual([name("Brand new"), name("Okrestina")]);

    const plain = await newPage({ javaScriptEnabled: false });
    await plain.goto(`${baseUrl}/admin/articles/${articleId}`);
    const field = plain.getByRole("textbox", { name: "Tags" });
    expect(await field.getAttribute("name")).toBe("tags");
    expect((await field.inputValue()).split(", ").sort()).toEqual([
      name("Brand new"),
      name("Okrestina"),
    ]);
    expect(await plain.getByLabel("Filter categories").count()).toBe(0);
    expect(await plain.getByLabel(name("Vigils")).isVisible()).toBe(true);
  });
});
