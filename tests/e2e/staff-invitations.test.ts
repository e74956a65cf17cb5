import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { createUser } from "@/tests/factories/users";
import { linksIn, waitForMail } from "@/tests/setup/smtp";

const baseUrl = inject("baseUrl");
const mailDir = inject("mailDir");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** The path of the link in the one mail to `to` whose subject matches. */
async function linkIn(to: string, subject: RegExp, kind: string): Promise<string> {
  const [mail] = await waitForMail(mailDir, to, subject);
  const link = linksIn(mail!).find((url) => url.includes(`/${kind}/`))!;
  return new URL(link).pathname;
}

async function choosePassword(page: Page, password: string, submit: string) {
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: submit }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("staff invitations and password resets", () => {
  it("an admin invites, the mailed link sets a password once, and the new user signs in", async () => {
    const email = `invited-${suffix}@example.org`;
    const password = `invited password ${suffix}`;
    const admin = await newPage();
    await signIn(admin, baseUrl, inject("adminEmail"), inject("adminPassword"));
    await admin.goto(`${baseUrl}/admin/users`);
    await admin.getByRole("link", { name: "Invite a user" }).click();
    await admin.getByLabel("Email").fill(email);
    await admin.getByLabel("Name").fill("Invited Editor");
    await admin.getByLabel("Role").selectOption("EDITOR");
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await admin.getByText(`Invitation sent to ${email}.`).waitFor();
    await admin.goto(`${baseUrl}/admin/users`);
    const pending = admin.getByRole("table", { name: "Invitations not yet accepted" });
    expect(await pending.getByRole("row", { name: new RegExp(email) }).count()).toBe(1);

    const path = await linkIn(email, /invitation/, "invite");
    const invitee = await newPage();
    await invitee.goto(`${baseUrl}${path}`);
    await choosePassword(invitee, password, "Create my account");
    await invitee.waitForURL(`${baseUrl}/admin`);
    expect(await invitee.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");

    const again = await newPage();
    await again.goto(`${baseUrl}${path}`);
    expect(await again.getByRole("heading", { level: 1 }).textContent()).toBe(
      "This link cannot be used",
    );
    await signIn(again, baseUrl, email, password);
    expect(await again.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
  });

  it("a reset request answers the same for an unknown address; a known one's link works once", async () => {
    const user = await createUser(db, { email: `forgetful-${suffix}@example.org` });
    const answer = async (email: string) => {
      const page = await newPage();
      await page.goto(`${baseUrl}/login`);
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Send the link" }).click();
      // Polled on the whole text, so a failure shows what the page said instead.
      await expect
        .poll(() => page.locator("main").innerText(), { timeout: 30_000 })
        .toMatch(/If an account uses this address/);
      return page.locator("main").innerText();
    };
    const unknown = await answer(`nobody-${suffix}@example.org`);
    const known = await answer(user.email);
    expect(known.replace(user.email, "")).toBe(unknown.replace(`nobody-${suffix}@example.org`, ""));

    const path = await linkIn(user.email, /new password/, "reset");
    const password = `reset password ${suffix}`;
    const page = await newPage();
    await page.goto(`${baseUrl}${path}`);
    await choosePassword(page, password, "Set the password");
    await page.waitForURL(`${baseUrl}/admin`);

    const again = await newPage();
    await again.goto(`${baseUrl}${path}`);
    expect(await again.getByRole("heading", { level: 1 }).textContent()).toBe(
      "This link cannot be used",
    );
    await signIn(again, baseUrl, user.email, password);
    expect(await again.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
  });
});
