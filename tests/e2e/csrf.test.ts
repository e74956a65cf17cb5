import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db";
import { launchBrowser } from "@/tests/e2e/browser";
import { makeImage } from "@/tests/factories/media";
import { findForm, postForm } from "@/tests/bench/soak-forms";

const baseUrl = inject("baseUrl");
const adminEmail = inject("adminEmail");
const adminPassword = inject("adminPassword");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const suffix = randomBytes(3).toString("hex");
const EVIL = "https://evil.example";

let browser: Browser;
let context: BrowserContext;
let admin: Page;
let adminCookie: string;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  admin = await context.newPage();
  await admin.goto(`${baseUrl}/login`);
  await admin.getByLabel("Email").fill(adminEmail);
  await admin.getByLabel("Password", { exact: true }).fill(adminPassword);
  await admin.getByRole("button", { name: "Sign in" }).click();
  await admin.waitForURL(`${baseUrl}/admin`);
  adminCookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});

afterAll(async () => {
  await context.close();
  await browser.close();
  await db.$disconnect();
});

async function upload(headers: Record<string, string>, name: string) {
  const form = new FormData();
  const image = await makeImage("png", 40, 30);
  form.append("file", new Blob([new Uint8Array(image)], { type: "image/png" }), name);
  form.append("altText", "A candle");
  return fetch(`${baseUrl}/admin/media/upload`, {
    method: "POST",
    redirect: "manual",
    headers: { accept: "application/json", cookie: adminCookie, ...headers },
    body: form,
  });
}

describe("requests from another origin", () => {
  it("a server action replayed from another origin with the admin's session changes nothing", async () => {
    await admin.goto(`${baseUrl}/admin/users/new`);
    const realEmail = `csrf-real-${suffix}@example.org`;
    await admin.getByLabel("Email").fill(realEmail);
    const [request] = await Promise.all([
      admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      admin.getByRole("button", { name: "Send invitation" }).click(),
    ]);
    await admin.getByText(`Invitation sent to ${realEmail}.`).waitFor();
    const headers = request.headers();
    const forgedEmail = `csrf-forged-${suffix}@example.org`;
    const body = request.postData()!.replace(realEmail, forgedEmail);
    expect(body).toContain(forgedEmail);

    const replay = (origin: string) =>
      fetch(`${baseUrl}/admin/users/new`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "next-action": headers["next-action"]!,
          "content-type": headers["content-type"]!,
          accept: "text/x-component",
          origin,
          cookie: adminCookie,
        },
        body,
      });

    const crossOrigin = await replay(EVIL);
    expect(crossOrigin.status).toBe(500);
    expect(await crossOrigin.text()).not.toContain(forgedEmail);
    expect(await db.invitation.count({ where: { email: forgedEmail } })).toBe(0);

    // The same request from the site's own origin goes through, so the refusal above is the origin's.
    const sameOrigin = await replay(new URL(baseUrl).origin);
    expect(sameOrigin.status).toBe(200);
    expect(await db.invitation.count({ where: { email: forgedEmail } })).toBe(1);
  });

  it("the media upload route refuses another origin, and a cross-site request without Origin", async () => {
    const before = await db.media.count();
    const crossOrigin = await upload({ origin: EVIL }, `evil-${suffix}.png`);
    expect(crossOrigin.status).toBe(403);
    expect(((await crossOrigin.json()) as { message: string }).message).toBe(
      "Uploads are only accepted from this site.",
    );
    const crossSite = await upload({ "sec-fetch-site": "cross-site" }, `evil2-${suffix}.png`);
    expect(crossSite.status).toBe(403);
    expect(await db.media.count()).toBe(before);

    const sameOrigin = await upload({ origin: new URL(baseUrl).origin }, `own-${suffix}.png`);
    expect(sameOrigin.status).toBe(201);
    expect(await db.media.count()).toBe(before + 1);
  });

  it("the sign-in form posted from another origin signs nobody in", async () => {
    const html = await (await fetch(`${baseUrl}/login`)).text();
    const fields = findForm(html, "callbackUrl");
    const typed = { email: adminEmail, password: adminPassword, callbackUrl: "/admin" };
    const signedInBy = async (origin: string) => {
      const result = await postForm(`${baseUrl}/login`, fields, typed, {
        origin,
        "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 1}`,
      });
      const cookie = result.cookies.find((c) => c.startsWith("authjs.session-token="));
      return { status: result.status, location: result.location, hasSession: !!cookie };
    };
    const before = await db.auditLog.count({ where: { action: "auth.sign_in" } });

    const crossOrigin = await signedInBy(EVIL);
    expect(crossOrigin.hasSession).toBe(false);
    expect(crossOrigin.location).toBeNull();
    expect(crossOrigin.status).toBeGreaterThanOrEqual(400);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in" } })).toBe(before);

    const sameOrigin = await signedInBy(new URL(baseUrl).origin);
    expect(sameOrigin.hasSession).toBe(true);
    expect(sameOrigin.location).toMatch(/\/admin$/);
  });
});
