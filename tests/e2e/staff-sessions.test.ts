import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn as signInAs } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";
import { linksIn, readMailbox, waitForMail } from "@/tests/setup/smtp";

const baseUrl = inject("baseUrl");
const mailDir = inject("mailDir");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const NEW_SIGN_IN = /^New sign-in to your staff account$/;

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A page in a browser of its own: its own cookies, so its own device to the site. */
async function newBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

const signIn = (page: Page, email: string) => signInAs(page, baseUrl, email, TEST_PASSWORD);

/** Where `page` ends up when it next opens the staff area. */
async function pathAfterReload(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/admin`);
  return new URL(page.url()).pathname;
}

const newSignInMails = async (email: string) =>
  (await readMailbox(mailDir)).filter(
    (mail) => NEW_SIGN_IN.test(mail.subject ?? "") && JSON.stringify(mail.to).includes(email),
  );

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("staff sessions", () => {
  it("one browser sees both sessions and signs the other out; the other is sent to sign in", async () => {
    const user = await createUser(db, { email: `two-browsers-${suffix}@example.org` });
    const first = await newBrowser();
    const second = await newBrowser();
    await signIn(first, user.email);
    await signIn(second, user.email);

    await first.goto(`${baseUrl}/admin/account/security`);
    const section = first.getByRole("region", { name: "Signed-in browsers" });
    const rows = section.getByTestId("session-row");
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: "This browser" }).count()).toBe(1);
    expect(await first.getByText("Place is not shown: no IP address is kept.").count()).toBe(1);
    await first.getByRole("button", { name: /^Sign out .*, began / }).click();
    await first.getByText(/That session is signed out/).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await first.getByRole("button", { name: "Sign out all other sessions" }).count()).toBe(
      0,
    );

    expect(await pathAfterReload(second)).toBe("/login");
    expect(await pathAfterReload(first)).toBe("/admin");
  });

  it("mails once per new browser, and the mailed link (without JavaScript) ends that session", async () => {
    const user = await createUser(db, { email: `new-device-${suffix}@example.org` });
    const usual = await newBrowser();
    await signIn(usual, user.email);
    const stranger = await newBrowser();
    await signIn(stranger, user.email);
    // The first browser's mail, had there been one, was sent before the second browser's.
    const [mail] = await waitForMail(mailDir, user.email, NEW_SIGN_IN);
    expect(await newSignInMails(user.email)).toHaveLength(1);
    expect(mail?.text).toMatch(/If this wasn't you/);

    const link = linksIn(mail!).find((url) => url.includes("/session/end/"))!;
    const reader = await newBrowser({ javaScriptEnabled: false });
    await reader.goto(`${baseUrl}${new URL(link).pathname}`);
    expect(await reader.getByRole("heading", { level: 1 }).textContent()).toBe("End a session");
    // Opening the link changed nothing: a mail scanner may have opened it.
    expect(await pathAfterReload(stranger)).toBe("/admin");
    await reader.getByRole("button", { name: "End this session" }).click();
    await reader.getByRole("heading", { name: "The session is ended" }).waitFor();
    expect(
      await reader.getByRole("link", { name: "Choose a new password" }).getAttribute("href"),
    ).toBe("/login/forgot");
    expect(await pathAfterReload(stranger)).toBe("/login");
    expect(await pathAfterReload(usual)).toBe("/admin");

    // The same browser signing in again is known now; a third one is new, and mailed.
    await signIn(stranger, user.email);
    const third = await newBrowser();
    await signIn(third, user.email);
    await waitForMail(mailDir, user.email, NEW_SIGN_IN, { count: 2 });
    expect(await newSignInMails(user.email)).toHaveLength(2);

    const altered = await newBrowser();
    await altered.goto(`${baseUrl}${new URL(link).pathname}x`);
    expect(await altered.getByRole("heading", { level: 1 }).textContent()).toBe(
      "This link cannot be used",
    );
  });

  it("an admin signs out all of a user's sessions and sends a reset link that works", async () => {
    const user = await createUser(db, { email: `managed-${suffix}@example.org` });
    const own = await newBrowser();
    await signIn(own, user.email);
    const admin = await newBrowser();
    await signInAs(admin, baseUrl, inject("adminEmail"), inject("adminPassword"));
    await admin.goto(`${baseUrl}/admin/users/${user.id}`);
    const { violations } = await new AxeBuilder({ page: admin }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    const rows = admin
      .getByRole("region", { name: "Signed-in browsers" })
      .getByTestId("session-row");
    expect(await rows.count()).toBe(1);
    await admin.getByRole("button", { name: "Sign out all their sessions" }).click();
    await admin.getByText("Signed out of 1 session.").waitFor();
    expect(await pathAfterReload(own)).toBe("/login");

    await admin.getByRole("button", { name: "Send a password reset link" }).click();
    await admin.getByText(`A password reset link was sent to ${user.email}.`).waitFor();
    const [mail] = await waitForMail(mailDir, user.email, /new password/);
    const reset = linksIn(mail!).find((url) => url.includes("/reset/"))!;
    const password = `chosen by its owner ${suffix}`;
    await own.goto(`${baseUrl}${new URL(reset).pathname}`);
    await own.getByLabel("Password", { exact: true }).fill(password);
    await own.getByLabel("Password again").fill(password);
    await own.getByRole("button", { name: "Set the password" }).click();
    await own.waitForURL(`${baseUrl}/admin`);
    const entries = await db.auditLog.count({
      where: { action: "user.password_reset_sent", targetId: user.id },
    });
    expect(entries).toBe(1);
  });
});
