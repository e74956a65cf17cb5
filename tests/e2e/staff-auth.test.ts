import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { signIn as signInAs } from "@/tests/e2e/staff-session";
import { TEST_PASSWORD, createUser } from "@/tests/factories/users";

const baseUrl = inject("baseUrl");
const adminEmail = inject("adminEmail");
const adminPassword = inject("adminPassword");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const editor = { email: `editor-${suffix}@example.org`, password: TEST_PASSWORD };

let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

const signIn = (page: Page, email: string, password: string) =>
  signInAs(page, baseUrl, email, password);

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
  await db.$disconnect();
});

describe("staff sign-in and roles", () => {
  it("sends a signed-out visitor of /admin to the sign-in page", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/admin/users`);
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/admin/users");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toMatch(/Sign in/);
  });

  it("a wrong password gets the generic message and keeps the email, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ javaScriptEnabled });
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel("Email").fill(adminEmail);
      await page.getByLabel("Password", { exact: true }).fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      // (Next.js has its own, empty role="alert" route announcer, so look for ours by id.)
      const alert = page.locator("#sign-in-error");
      await alert.waitFor();
      expect(await alert.getAttribute("role")).toBe("alert");
      expect(await alert.textContent()).toBe("Email or password is incorrect.");
      expect(await page.getByLabel("Email").inputValue()).toBe(adminEmail);
      expect(new URL(page.url()).pathname).toBe("/login");
    }
  });

  it("the admin signs in, creates an editor; the editor sees only what the role allows", async () => {
    const admin = await newPage();
    await signIn(admin, adminEmail, adminPassword);
    expect(await admin.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
    const adminNav = admin.getByRole("navigation", { name: "Staff area" });
    expect(await adminNav.getByRole("link", { name: "Users" }).count()).toBe(1);

    // Admins invite rather than type passwords (staff-invitations.test.ts); the editor comes
    // from the factory.
    await createUser(db, { email: editor.email, name: "E2E editor", role: "EDITOR" });

    await admin.getByRole("button", { name: "Sign out" }).click();
    await admin.waitForURL(/\/login\?signedOut=1/);
    // Signing out ended the session on the server: the admin area sends us back to sign in.
    await admin.goto(`${baseUrl}/admin`);
    expect(new URL(admin.url()).pathname).toBe("/login");

    await signIn(admin, editor.email, editor.password);
    const nav = admin.getByRole("navigation", { name: "Staff area" });
    const links = await nav.getByRole("link").allTextContents();
    expect(links.join("|")).toMatch(/Articles/);
    expect(links.join("|")).toMatch(/Comments/);
    for (const hidden of ["Users", "Settings", "Audit log"]) {
      expect(links, hidden).not.toContain(hidden);
    }
    for (const path of ["/admin/users", "/admin/settings", "/admin/audit"]) {
      const response = await admin.goto(`${baseUrl}${path}`);
      expect(response?.status(), path).toBe(403);
      expect(await admin.getByRole("heading", { level: 1 }).textContent()).toBe(
        "You do not have access to this page",
      );
    }
  });

  it("staff pages pass axe, have a skip link and fit a 360px screen", async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    const check = async (path: string) => {
      await page.goto(`${baseUrl}${path}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious, path).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    };
    await check("/login");
    await signIn(page, adminEmail, adminPassword);
    for (const path of [
      "/admin",
      "/admin/users",
      "/admin/users/new",
      "/admin/settings",
      "/admin/account",
      "/admin/audit",
    ]) {
      await check(path);
    }
    await page.goto(`${baseUrl}/admin`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const robots = await page.locator('meta[name="robots"]').getAttribute("content");
    expect(robots).toMatch(/noindex/);
  });

  it("a server action request without a valid admin session is refused and changes nothing", async () => {
    const admin = await newPage();
    await signIn(admin, adminEmail, adminPassword);
    await admin.goto(`${baseUrl}/admin/users/new`);
    const realEmail = `real-${suffix}@example.org`;
    await admin.getByLabel("Email").fill(realEmail);
    await admin.getByLabel("Role").selectOption("ADMIN");
    // Capture the exact request the admin's browser sends to the server action.
    const [request] = await Promise.all([
      admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      admin.getByRole("button", { name: "Send invitation" }).click(),
    ]);
    await admin.getByText(`Invitation sent to ${realEmail}.`).waitFor();
    const headers = request.headers();
    const intruderEmail = `intruder-${suffix}@example.org`;
    const body = request.postData()!.replace(realEmail, intruderEmail);
    expect(body).toContain(intruderEmail);

    const editorPage = await newPage();
    await signIn(editorPage, editor.email, editor.password);
    const editorCookies = (await editorPage.context().cookies())
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");

    const replay = (cookie?: string) =>
      fetch(`${baseUrl}/admin/users/new`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "next-action": headers["next-action"]!,
          "content-type": headers["content-type"]!,
          accept: "text/x-component",
          ...(cookie ? { cookie } : {}),
        },
        body,
      });

    // No session at all: the proxy sends it to sign-in before any action runs.
    const anonymous = await replay();
    expect([303, 307, 308]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toMatch(/\/login/);
    // A forged session cookie gets past the proxy; the action finds no session behind it.
    const forged = await replay("authjs.session-token=forged");
    expect(await forged.text()).toContain("Your session has ended.");
    // Another role's real session: refused by the action's permission check.
    const asEditor = await replay(editorCookies);
    expect(await asEditor.text()).toContain("You do not have permission to do that.");

    expect(await db.invitation.count({ where: { email: intruderEmail } })).toBe(0);
  });

  it("deactivating a signed-in user ends their session at their next request", async () => {
    const editorPage = await newPage();
    await signIn(editorPage, editor.email, editor.password);
    const admin = await newPage();
    await signIn(admin, adminEmail, adminPassword);
    const { id } = await db.user.findUniqueOrThrow({ where: { email: editor.email } });

    await admin.goto(`${baseUrl}/admin/users/${id}`);
    await admin.getByRole("button", { name: "Deactivate account" }).click();
    await admin.getByText("The account is deactivated; its sessions have ended.").waitFor();

    await editorPage.goto(`${baseUrl}/admin`);
    expect(new URL(editorPage.url()).pathname).toBe("/login");
    // And a deactivated account cannot sign in again: same generic message.
    await editorPage.getByLabel("Email").fill(editor.email);
    await editorPage.getByLabel("Password", { exact: true }).fill(editor.password);
    await editorPage.getByRole("button", { name: "Sign in" }).click();
    await editorPage.locator("#sign-in-error").waitFor();
    expect(await editorPage.locator("#sign-in-error").textContent()).toBe(
      "Email or password is incorrect.",
    );
  });
});
