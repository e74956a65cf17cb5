import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const SECURITY_PAGE = `${baseUrl}/admin/account/security`;

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A page whose browser has one virtual USB security key (Chromium's, through CDP). */
async function pageWithKey(): Promise<{ page: Page; cdp: CDPSession; authenticatorId: string }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "usb",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { page, cdp, authenticatorId };
}

/** Types email and password on /login; the page that follows is the caller's to check. */
async function passwordStep(page: Page, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/login/verify`);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login\?signedOut=1$/);
}

function keySection(page: Page) {
  return page.getByRole("region", { name: "Security keys and passkeys" });
}

/** The "Last used" cell of the key's row on the security page. */
async function lastUsed(page: Page, name: string): Promise<string> {
  const row = keySection(page).getByRole("row", { name: new RegExp(name) });
  return (await row.getByRole("cell").nth(2).textContent()) ?? "";
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

describe("security keys and passkeys", () => {
  it("adds a key, signs in with it, refuses a key that answers wrongly, and removes it", async () => {
    const user = await createUser(db, { role: "EDITOR" });
    const { page, cdp, authenticatorId } = await pageWithKey();
    await signIn(page, baseUrl, user.email, TEST_PASSWORD);

    // Adding: a name, the browser's prompt (the virtual key answers at once), the codes once.
    await page.goto(SECURITY_PAGE);
    const section = keySection(page);
    await section.getByText("No security key or passkey is added yet.").waitFor();
    await section.getByRole("button", { name: "Add security key" }).click();
    await section.getByText("Give the key a name.").waitFor();
    await section.getByLabel("Name", { exact: true }).fill("Key ring YubiKey");
    await section.getByRole("button", { name: "Add security key" }).click();
    await section
      .getByText("“Key ring YubiKey” is added. You can use it the next time you sign in.")
      .waitFor();
    const codes = await section
      .getByRole("list", { name: "Your recovery codes" })
      .getByRole("listitem")
      .allTextContents();
    expect(codes).toHaveLength(10);
    expect(codes.every((code) => /^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code))).toBe(true);
    expect(await lastUsed(page, "Key ring YubiKey")).toBe("Never");
    await page.reload();
    expect(await page.getByRole("list", { name: "Your recovery codes" }).count()).toBe(0);
    expect(
      await keySection(page)
        .getByRole("row", { name: /Key ring YubiKey/ })
        .count(),
    ).toBe(1);

    // The same key cannot be added twice.
    await keySection(page).getByLabel("Name", { exact: true }).fill("Same key again");
    await keySection(page).getByRole("button", { name: "Add security key" }).click();
    await keySection(page).getByText("This key is already added to your account.").waitFor();
    await signOut(page);

    // Signing in: the password, then the key.
    await passwordStep(page, user.email);
    await page.getByRole("button", { name: "Use a security key" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
    await page.goto(SECURITY_PAGE);
    expect(await lastUsed(page, "Key ring YubiKey")).not.toBe("Never");
    await signOut(page);

    // A key that answers for the same credential id with another private key is refused.
    const [genuine] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
    expect(genuine).toBeDefined();
    const forged = generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ format: "der", type: "pkcs8" })
      .toString("base64");
    await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
    await cdp.send("WebAuthn.addCredential", {
      authenticatorId,
      credential: { ...genuine!, privateKey: forged },
    });
    await passwordStep(page, user.email);
    await page.getByRole("button", { name: "Use a security key" }).click();
    await page
      .getByText("This key is not added to your account, or its answer could not be checked.")
      .waitFor();
    expect(page.url()).toBe(`${baseUrl}/login/verify`);
    // The server checked the answer and counted it as a wrong second step.
    const refusals = await db.auditLog.count({
      where: {
        action: "auth.sign_in_failed",
        targetId: user.id,
        details: { path: ["method"], equals: "security-key" },
      },
    });
    expect(refusals).toBe(1);
    await page.goto(`${baseUrl}/admin`);
    await page.waitForURL(/\/login\?callbackUrl=/);

    // The genuine key still works after the refusal.
    await cdp.send("WebAuthn.clearCredentials", { authenticatorId });
    await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: genuine! });
    await passwordStep(page, user.email);
    await page.getByRole("button", { name: "Use a security key" }).click();
    await page.waitForURL(`${baseUrl}/admin`);

    // Removing: refused while the policy requires a second factor and this is the only one.
    await db.setting.upsert({
      where: { key: "security" },
      create: { key: "security", value: { twoFactorRequiredFor: "everyone" } },
      update: { value: { twoFactorRequiredFor: "everyone" } },
    });
    await page.goto(SECURITY_PAGE);
    page.once("dialog", (dialog) => void dialog.accept());
    await keySection(page).getByRole("button", { name: "Remove Key ring YubiKey" }).click();
    await keySection(page)
      .getByText(
        "Your account must keep a second factor: set up another one before turning this one off.",
      )
      .waitFor();
    expect(
      await keySection(page)
        .getByRole("row", { name: /Key ring YubiKey/ })
        .count(),
    ).toBe(1);

    await db.setting.deleteMany({ where: { key: "security" } });
    page.once("dialog", (dialog) => void dialog.accept());
    await keySection(page).getByRole("button", { name: "Remove Key ring YubiKey" }).click();
    await keySection(page).getByText("“Key ring YubiKey” is removed.").waitFor();
    await keySection(page).getByText("No security key or passkey is added yet.").waitFor();

    // Without a second factor, the password alone signs in again.
    await signOut(page);
    await signIn(page, baseUrl, user.email, TEST_PASSWORD);
  });
});
