import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { linksIn, waitForMail } from "@/tests/setup/smtp";

const baseUrl = inject("baseUrl");
const mailDir = inject("mailDir");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();
const DEMO = "free-belarus-political-prisoners";

afterAll(async () => {
  await db.$disconnect();
});

const unique = () => randomBytes(4).toString("hex");

async function createPetition(title: string) {
  const slug = `e2e-${unique()}`;
  await db.petition.create({
    data: {
      slug,
      status: "OPEN",
      goal: 50,
      hashtag: "#FreeThemAll",
      signerDisplay: "FULL_NAME",
      texts: {
        en: { title, addressee: "The authorities", body: "<p>Release them.</p>", deliveryNote: "" },
      },
    },
  });
  return slug;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The count the petition page shows a reader (from its data attribute). */
async function shownCount(page: Page, slug: string): Promise<number> {
  await page.goto(`${baseUrl}/petitions/${slug}`);
  return Number(await page.locator("[data-signature-count]").getAttribute("data-signature-count"));
}

/** Signs through the real form, as a reader without JavaScript does; returns the answer's text. */
async function signAs(
  page: Page,
  slug: string,
  signer: { name: string; email: string; city?: string },
) {
  await page.goto(`${baseUrl}/petitions/${slug}`);
  await page.locator("[data-sign-link]").click();
  await page.waitForURL(`${baseUrl}/petitions/${slug}/sign`);
  await page.getByLabel("Your name", { exact: true }).fill(signer.name);
  await page.getByLabel("Email address", { exact: true }).fill(signer.email);
  if (signer.city) await page.getByLabel("City (optional)", { exact: true }).fill(signer.city);
  await page.getByLabel("Show my name with the signers", { exact: true }).check();
  // A form sent faster than a person could fill it is refused: wait out the token's minimum age.
  await page.waitForTimeout(inject("commentTokenMinAgeMs") + 200);
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await page.waitForURL(`${baseUrl}/petitions/${slug}/signed`);
  return (await page.locator("main").innerText()).trim();
}

/** The emailed link for `purpose`, checked to lead to this site, as a path on it. */
async function emailedLink(to: string, subject: RegExp, purpose: "confirm" | "withdraw") {
  const [mail] = await waitForMail(mailDir, to, subject);
  const link = linksIn(mail!).find((url) => url.includes(`/petitions/${purpose}?t=`));
  expect(link, `a ${purpose} link in "${mail!.subject}"`).toBeTruthy();
  expect(new URL(link!).origin).toBe(new URL(baseUrl).origin);
  return link!;
}

async function pressLinkButton(page: Page, link: string, button: string) {
  await page.goto(link);
  await page.getByRole("button", { name: button }).click();
  await page.locator("[data-link-outcome]").waitFor();
  return page.locator("[data-link-outcome]").getAttribute("data-link-outcome");
}

describe("a petition, signed without JavaScript and confirmed by email", () => {
  it("counts only after confirmation, answers a repeat the same way, and withdraws", async () => {
    const slug = await createPetition(`Release everyone ${unique()}`);
    const email = `reader-${unique()}@example.org`;
    await withPage(
      async (page) => {
        expect(await shownCount(page, slug)).toBe(0);
        const answer = await signAs(page, slug, { name: "Hanna Ivanova", email, city: "Vilnius" });
        expect(answer).toContain("Check your email");
        expect(answer).toContain("#FreeThemAll");
        await page.screenshot({ path: `${SHOTS}/petition-signed.png`, fullPage: true });
        expect(await shownCount(page, slug)).toBe(0);

        const confirm = await emailedLink(email, /^Please confirm your signature$/, "confirm");
        expect(await pressLinkButton(page, confirm, "Confirm my signature")).toBe("confirmed");
        expect(await shownCount(page, slug)).toBe(1);
        expect(await page.locator("[data-signers]").innerText()).toContain(
          "Hanna Ivanova · Vilnius",
        );
        // Following the link again changes nothing.
        await page.goto(confirm);
        expect(await page.locator("[data-link-outcome]").getAttribute("data-link-outcome")).toBe(
          "confirmed",
        );
        expect(await shownCount(page, slug)).toBe(1);

        // The same address again: the very same answer; only its owner is told.
        const again = await signAs(page, slug, { name: "Someone Else", email });
        expect(again).toBe(answer);
        await waitForMail(mailDir, email, /^You have already signed$/);
        expect(await shownCount(page, slug)).toBe(1);
        expect(await page.locator("[data-signers]").innerText()).not.toContain("Someone Else");

        const withdraw = await emailedLink(email, /^Please confirm your signature$/, "withdraw");
        expect(await pressLinkButton(page, withdraw, "Withdraw my signature")).toBe("withdrawn");
        expect(await shownCount(page, slug)).toBe(0);
        expect(await db.petitionSignature.count({ where: { petition: { slug } } })).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it("keeps what was typed when the form is refused", async () => {
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/petitions/${DEMO}/sign`);
        await page.getByLabel("Your name", { exact: true }).fill("Mikola");
        await page.getByLabel("Email address", { exact: true }).fill("not-an-address");
        await page.getByLabel("Country (optional)", { exact: true }).fill("Poland");
        await page.waitForTimeout(inject("commentTokenMinAgeMs") + 200);
        await page.getByRole("button", { name: "Sign", exact: true }).click();
        await page.getByRole("alert").waitFor();
        expect(await page.getByText("Please enter a valid email address.").count()).toBe(1);
        expect(await page.getByLabel("Your name", { exact: true }).inputValue()).toBe("Mikola");
        expect(await page.getByLabel("Country (optional)", { exact: true }).inputValue()).toBe(
          "Poland",
        );
      },
      { javaScriptEnabled: false },
    );
  });

  it("deletes the signers' data after delivery, keeps the count, and the page says so", async () => {
    const slug = await createPetition(`Deliver me ${unique()}`);
    const email = `deliver-${unique()}@example.org`;
    await withPage(async (page) => {
      await signAs(page, slug, { name: "Ales Reader", email });
      const confirm = await emailedLink(email, /^Please confirm your signature$/, "confirm");
      expect(await pressLinkButton(page, confirm, "Confirm my signature")).toBe("confirmed");
    });
    await db.setting.upsert({
      where: { key: "petitions" },
      create: { key: "petitions", value: { retentionDays: 0 } },
      update: { value: { retentionDays: 0 } },
    });
    const today = new Date(new Date().toISOString().slice(0, 10));
    await db.petition.update({
      where: { slug },
      data: {
        status: "DELIVERED",
        deliveredAt: today,
        closedAt: new Date(),
        texts: {
          en: {
            title: "Delivered",
            addressee: "x",
            body: "<p>x</p>",
            deliveryNote: "Handed over at the embassy.",
          },
        },
      },
    });
    // The server's ticker runs the upkeep (every 30 s by default).
    const deadline = Date.now() + 70_000;
    while ((await db.petitionSignature.count({ where: { petition: { slug } } })) > 0) {
      expect(Date.now(), "signer data deleted by the ticker").toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await db.setting.update({
      where: { key: "petitions" },
      data: { value: { retentionDays: 30 } },
    });
    await withPage(async (page) => {
      expect(await shownCount(page, slug)).toBe(1);
      expect(await page.locator("[data-data-deleted]").innerText()).toContain(
        "personal data was deleted",
      );
      expect(await page.locator("[data-delivery-note]").innerText()).toBe(
        "Handed over at the embassy.",
      );
      expect(await page.locator("[data-sign-link]").count()).toBe(0);
    });
  }, 120_000);
});

describe("the petition pages in every language", () => {
  const PATHS = [
    "/petitions",
    `/petitions/${DEMO}`,
    `/be/petitions/${DEMO}`,
    `/ru/petitions/${DEMO}`,
    `/be/petitions/${DEMO}/sign`,
    `/ru/petitions/${DEMO}/signed`,
  ];
  for (const javaScriptEnabled of [true, false]) {
    it(`fit 360 px with one heading ${javaScriptEnabled ? "and no serious axe violation" : "without JavaScript"}`, async () => {
      await withPage(
        async (page) => {
          for (const path of PATHS) {
            const response = await page.goto(`${baseUrl}${path}`);
            expect(response!.status(), path).toBe(200);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow, path).toBeLessThanOrEqual(0);
            expect(await page.locator("h1").count(), path).toBe(1);
            if (javaScriptEnabled) expect(await seriousViolations(page), path).toEqual([]);
          }
          if (javaScriptEnabled) {
            await page.goto(`${baseUrl}/be/petitions/${DEMO}`);
            await page.screenshot({ path: `${SHOTS}/petition-be-mobile.png`, fullPage: true });
            await page.goto(`${baseUrl}/be/petitions/${DEMO}/sign`);
            await page.screenshot({ path: `${SHOTS}/petition-sign-be-mobile.png`, fullPage: true });
          }
        },
        { viewport: { width: 360, height: 800 }, javaScriptEnabled },
      );
    });
  }

  it("speaks the reader's language and is never cached where a token is", async () => {
    const sign = await fetch(`${baseUrl}/be/petitions/${DEMO}/sign`);
    expect(sign.headers.get("cache-control")).toBe("private, no-store");
    expect(await sign.text()).toContain("Падпісаць");
    const page = await fetch(`${baseUrl}/ru/petitions/${DEMO}`);
    expect(page.headers.get("cache-control")).toMatch(/public/);
    const html = await page.text();
    expect(html).toContain("Свободу политзаключённым Беларуси");
    expect(html).toContain("Подписать петицию");
  });
});
