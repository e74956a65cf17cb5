import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";

const baseUrl = inject("baseUrl");
const withPage = fileBrowser();

/** Every script the page made Chromium fetch, with its text. */
async function scriptsOf(page: Page, url: string): Promise<{ url: string; text: string }[]> {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  return Promise.all(scripts);
}

// The editor's code (Tiptap on ProseMirror) names its root class in its source.
const isEditorCode = (text: string) => text.includes("ProseMirror");

describe("the editor's weight", () => {
  it("public pages never load the editor's JavaScript; the editor page does", async () => {
    const db = createPrismaClient(inject("e2eDatabaseUrl"));
    const article = await db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", kind: "POST", language: "en" },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true },
    });
    await db.$disconnect();

    for (const path of ["/", `/news/${article.slug}`, "/be", "/petitions", "/search?q=Viasna"]) {
      const scripts = await withPage((page) => scriptsOf(page, `${baseUrl}${path}`));
      expect(
        scripts.filter((script) => isEditorCode(script.text)).map((script) => script.url),
        path,
      ).toEqual([]);
    }

    // The same check finds the editor where it is: signed in, on the article's edit page.
    const editorScripts = await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      return scriptsOf(page, `${baseUrl}/admin/articles/${article.id}`);
    });
    expect(editorScripts.some((script) => isEditorCode(script.text))).toBe(true);
  });
});
