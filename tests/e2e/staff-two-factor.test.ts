import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

/** The code an authenticator app shows now for the key the page printed. */
function appCode(key: string, at = Date.now()): string {
  const secret = Secret.fromBase32(key.replace(/\s/g, ""));
  return new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp: at });
}

/** Types email and password on /login; the page that follows is the caller's to check. */
async function passwordStep(page: Page, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login\?signedOut=1$/);
}

/** Sets up the authenticator app on the security page; returns its key and the recovery codes. */
async function setUpApp(page: Page): Promise<{ key: string; codes: string[] }> {
  await page.goto(`${baseUrl}/admin/account/security`);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await page.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
  const key = (await page.locator("code").first().textContent())!;
  await page.getByLabel("Code from the app").fill(appCode(key));
  await page.getByRole("button", { name: "Confirm" }).click();
  const list = page.getByRole("list", { name: "Your recovery codes" });
  await list.waitFor();
  return { key, codes: await list.getByRole("listitem").allTextContents() };
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: "security" } });
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("two-step verification", () => {
  it("set up with an app, asks for its code at sign-in, refuses a replayed one, and takes each recovery code once", async () => {
    const user = await createUser(db, { role: "EDITOR" });
    const page = await newPage();
    await signIn(page, baseUrl, user.email, TEST_PASSWORD);
    const { key, codes } = await setUpApp(page);
    expect(codes).toHaveLength(10);
    expect(codes.every((code) => /^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code))).toBe(true);
    await page.reload();
    expect(await page.getByRole("list", { name: "Your recovery codes" }).count()).toBe(0);
    await page.getByText(/^On since \d{4}-\d\d-\d\d\.$/).waitFor();
    await signOut(page);

    await passwordStep(page, user.email);
    await page.waitForURL(`${baseUrl}/login/verify`);
    // The page a thief with only the password reaches gives no access.
    await page.goto(`${baseUrl}/admin`);
    await page.waitForURL(/\/login\?callbackUrl=/);

    await passwordStep(page, user.email);
    await page.waitForURL(`${baseUrl}/login/verify`);
    await page.getByLabel("Code from your authenticator app").fill("000000");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByText("That code is not right, or it was used already.").waitFor();
    // The code of the app's next step: the one confirming the setup may still be current.
    const code = appCode(key, Date.now() + 30_000);
    await page.getByLabel("Code from your authenticator app").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
    await signOut(page);

    // The same code again, within its 30 seconds: refused.
    await passwordStep(page, user.email);
    await page.waitForURL(`${baseUrl}/login/verify`);
    await page.getByLabel("Code from your authenticator app").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByText("That code is not right, or it was used already.").waitFor();
    expect(page.url()).toBe(`${baseUrl}/login/verify`);

    await page.getByLabel("Recovery code").fill(codes[0]!.toLowerCase());
    await page.getByRole("button", { name: "Use recovery code" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
    await page.goto(`${baseUrl}/admin/account/security`);
    await page.getByText("9 of 10 left.", { exact: false }).waitFor();
    await signOut(page);

    await passwordStep(page, user.email);
    await page.getByLabel("Recovery code").fill(codes[0]!);
    await page.getByRole("button", { name: "Use recovery code" }).click();
    await page.getByText("That recovery code is not right, or it was used already.").waitFor();
  });

  it("works without JavaScript: the second step with a recovery code", async () => {
    const user = await createUser(db, { role: "AUTHOR" });
    const setup = await newPage();
    await signIn(setup, baseUrl, user.email, TEST_PASSWORD);
    const { codes } = await setUpApp(setup);

    const page = await newPage({ javaScriptEnabled: false });
    await passwordStep(page, user.email);
    await page.waitForURL(`${baseUrl}/login/verify`);
    await page.getByLabel("Recovery code").fill(codes[5]!);
    await page.getByRole("button", { name: "Use recovery code" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
  });

  it("required for editors, sends an editor without a second factor to set one up first", async () => {
    const admin = await newPage();
    await signIn(admin, baseUrl, inject("adminEmail"), inject("adminPassword"));
    const editor = await createUser(db, { role: "EDITOR" });
    const author = await createUser(db, { role: "AUTHOR" });
    try {
      await admin.goto(`${baseUrl}/admin/settings`);
      await admin.getByLabel("Administrators and editors").check();
      await admin
        .getByRole("form", { name: "Two-step verification" })
        .getByRole("button", { name: "Save" })
        .click();
      await admin.getByText("Saved.").waitFor();
      // The admin has no second factor either: held back at the next request.
      await admin.goto(`${baseUrl}/admin/articles`);
      await admin.waitForURL(`${baseUrl}/admin/account/security?required=1`);

      const page = await newPage();
      await passwordStep(page, editor.email);
      await page.waitForURL(`${baseUrl}/admin/account/security?required=1`);
      await page.getByText("This site requires two-step verification for your account.").waitFor();
      await page.goto(`${baseUrl}/admin/articles`);
      await page.waitForURL(`${baseUrl}/admin/account/security?required=1`);
      // A staff read outside the pages is refused too.
      const search = await page.request.get(`${baseUrl}/admin/api/link-search?q=a`);
      expect(search.status()).toBe(403);

      await setUpApp(page);
      await page.goto(`${baseUrl}/admin/articles`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Articles");
      expect((await page.request.get(`${baseUrl}/admin/api/link-search?q=a`)).status()).toBe(200);

      // Authors are not held to it.
      const writer = await newPage();
      await signIn(writer, baseUrl, author.email, TEST_PASSWORD);
    } finally {
      await db.setting.deleteMany({ where: { key: "security" } });
    }
  });
});
