import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signIn } from "@/tests/e2e/staff-session";

/** What the action-box tests point boxes at: an open and a draft petition, a person held today. */
export type ActionTargets = ReturnType<typeof targetNames> & {
  openPetition: { id: string; slug: string };
  draftPetition: { id: string; slug: string };
  personId: string;
};

export const ADDRESS = "Калонія № 4\nвул. Сацыялістычная, 1\n246000 Гомель";
export const LATIN = "Kalonija No 4\nvul. Sacyjalistycnaja, 1\n246000 Homiel";

function targetNames(suffix: string) {
  return {
    suffix,
    openTitle: `Free the Homel defenders ${suffix}`,
    draftTitle: `A petition still in draft ${suffix}`,
    person: { en: `Maryna Testava ${suffix}`, be: `Марына Тэставая ${suffix}` },
  };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const texts = (title: string) => ({
  en: { title, addressee: "The authorities", body: "<p>Release them.</p>", deliveryNote: "" },
});

/**
 * Writes the targets straight to the database, the open petition linked to the person; then a
 * staff save of the letter advice renews the cached people list, as any staff change does.
 */
export async function createActionTargets(
  db: PrismaClient,
  withPage: (work: (page: Page) => Promise<void>) => Promise<void>,
  baseUrl: string,
  admin: { email: string; password: string },
): Promise<ActionTargets> {
  const names = targetNames(randomBytes(3).toString("hex"));
  const status = await db.personStatus.findUniqueOrThrow({ where: { key: "sentenced" } });
  const person = await db.person.create({
    data: {
      slug: `maryna-testava-${names.suffix}`,
      names: names.person,
      statusId: status.id,
      published: true,
      events: { create: [{ date: daysAgo(100), kind: "DETAINED" }] },
      addresses: { create: [{ address: ADDRESS, latin: LATIN, validFrom: daysAgo(90) }] },
    },
  });
  const select = { id: true, slug: true } as const;
  const openPetition = await db.petition.create({
    data: {
      slug: `homel-defenders-${names.suffix}`,
      status: "OPEN",
      goal: 1000,
      signatureCount: 250,
      texts: texts(names.openTitle),
      people: { connect: { id: person.id } },
    },
    select,
  });
  const draftPetition = await db.petition.create({
    data: {
      slug: `draft-${names.suffix}`,
      status: "DRAFT",
      goal: 1000,
      texts: texts(names.draftTitle),
    },
    select,
  });
  await withPage(async (page) => {
    await signIn(page, baseUrl, admin.email, admin.password);
    await page.goto(`${baseUrl}/admin/people/letters`);
    await page.getByRole("button", { name: "Save guidance" }).click();
    await page.getByText("The guidance was saved.").waitFor();
  });
  return { ...names, openPetition, draftPetition, personId: person.id };
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Opens the editor's action panel, chooses the kind, fills it and inserts the box. */
export async function insertBox(page: Page, kind: string, fill: () => Promise<unknown>) {
  await page.getByRole("button", { name: "Insert an action box" }).click();
  const panel = page.locator("[data-action-panel]");
  await panel.getByLabel("Kind of action", { exact: true }).selectOption({ label: kind });
  await fill();
  await panel.getByRole("button", { name: "Insert box" }).click();
  await panel.waitFor({ state: "detached" });
  // The editor takes the focus back, its cursor after the new box.
  await page.waitForFunction(() => document.activeElement?.classList.contains("ProseMirror"));
}

/** An action box on a public page, by the name its heading gives it. */
export const box = (page: Page, name: string | RegExp): Locator =>
  page.getByRole("region", { name });

/** How far the page scrolls sideways (0 or less: it fits). */
export const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
