import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { todayIn } from "@/lib/people/days";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { readPdf } from "@/tests/e2e/pdf";
import { signIn } from "@/tests/e2e/staff-session";
import { createAuthor, createPublicArticle } from "@/tests/factories/public";

const baseUrl = inject("baseUrl");
const db = createPrismaClient(inject("e2eDatabaseUrl"));
const withPage = fileBrowser();

afterAll(async () => {
  await db.$disconnect();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const PATHS = ["/people", "/people/ales-bialiatski", "/be/people/ales-bialiatski", "/ru/people"];

describe("the people pages in Chromium", () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const [name, width] of [
      ["mobile", 360],
      ["desktop", 1280],
    ] as const) {
      it(`read at ${width} px ${javaScriptEnabled ? "with JavaScript, axe clean" : "without JavaScript"}`, async () => {
        await withPage(
          async (page) => {
            for (const path of PATHS) {
              const response = await page.goto(`${baseUrl}${path}`);
              expect(response!.status(), path).toBe(200);
              const overflow = await page.evaluate(
                () => document.documentElement.scrollWidth - window.innerWidth,
              );
              expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
              expect(await page.locator("h1").count(), path).toBe(1);
              // axe runs in the page, so it needs JavaScript; the markup is the same without.
              if (javaScriptEnabled) expect(await seriousViolations(page), path).toEqual([]);
            }
            if (javaScriptEnabled) {
              await page.goto(`${baseUrl}/people/ales-bialiatski`);
              await page.screenshot({ path: `${SHOTS}/person-${name}.png`, fullPage: true });
            }
          },
          { viewport: { width, height: 800 }, javaScriptEnabled },
        );
      });
    }
  }

  it("shows the released man's days behind bars, his timeline and the old address as history", async () => {
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/people/ales-bialiatski`);
      const main = page.locator("main");
      await expect
        .poll(() => main.textContent())
        .toContain("Released on 21 June 2014 after 1,052 days behind bars");
      const timeline = page.getByRole("region", { name: "Timeline" });
      expect(await timeline.locator("li").count()).toBe(3);
      expect(await timeline.textContent()).toMatch(
        /4 August 2011.*Detained.*24 November 2011.*Verdict.*21 June 2014.*Released/s,
      );
      // Released: no "Write to" box, and the pre-trial prison's address only as a record.
      expect(await page.getByRole("heading", { name: /^Write to/ }).count()).toBe(0);
      await page.getByText("Earlier addresses, no longer valid").click();
      expect(await page.locator("details address[data-address]").textContent()).toContain(
        "ул. Володарского, 2",
      );
      // In Belarusian, the same record in the reader's language.
      await page.goto(`${baseUrl}/be/people/ales-bialiatski`);
      expect(await page.locator("h1").textContent()).toBe("Алесь Бяляцкі");
      expect(await main.textContent()).toContain(
        "На волі з 21 чэрвеня 2014 г., пасля 1052 дзён за кратамі",
      );
      // JSON-LD for others to reuse.
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').first().textContent())!,
      ) as { alternateName: string[] };
      expect(data).toMatchObject({ "@type": "Person", name: "Алесь Бяляцкі" });
      expect(data.alternateName).toEqual(expect.arrayContaining(["Ales Bialiatski", "Bialiacki"]));
    });
  });

  it("filters the list by status without JavaScript", async () => {
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/people`);
        const all = await page.locator("main ul > li article").count();
        expect(all).toBeGreaterThanOrEqual(4);
        await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("released");
        await page.getByRole("button", { name: "Show" }).click();
        await page.waitForURL(/\/people\?status=released/);
        const names = await page.locator("main ul > li article h3").allTextContents();
        expect(names).toContain("Ales Bialiatski");
        expect(names).not.toContain("Andrei Sannikau");
      },
      { javaScriptEnabled: false },
    );
  });
});

describe("people for other sites and search", () => {
  it("publishes /people.json with what the pages show and nothing staff-only", async () => {
    const response = await fetch(`${baseUrl}/people.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    type Listed = { slug: string; names: object; daysBehindBars: object | null };
    const body = (await response.json()) as { people: Listed[] };
    const ales = body.people.find((person) => person.slug === "ales-bialiatski")!;
    expect(ales.names).toMatchObject({
      en: "Ales Bialiatski",
      be: "Алесь Бяляцкі",
      ru: "Алесь Беляцкий",
    });
    expect(ales.daysBehindBars).toMatchObject({
      days: 1052,
      held: false,
      releasedOn: "2014-06-21",
    });
    const text = JSON.stringify(body);
    for (const staffOnly of [
      "createdAt",
      "editorId",
      "statusId",
      "photoId",
      '"id"',
      'published"',
    ]) {
      expect(text, staffOnly).not.toContain(staffOnly);
    }
  });

  it.each(["Bialiatski", "Bialiacki", "Byalyatski", "Беляцкий", "Бяляцкі", "Бяляцкага"])(
    "search finds him as %s",
    async (spelling) => {
      const response = await fetch(`${baseUrl}/search?q=${encodeURIComponent(spelling)}`);
      const html = await response.text();
      const people =
        /<section[^>]*data-search-people[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
      expect(people, spelling).toContain('href="/people/ales-bialiatski"');
    },
  );

  it("does not offer a person for an unrelated word", async () => {
    const html = await (await fetch(`${baseUrl}/search?q=${encodeURIComponent("weather")}`)).text();
    expect(html).not.toContain("data-search-people");
  });
});

/** A date `days` days before (negative: after) today, as YYYY-MM-DD in the site's zone. */
function daysAgo(days: number): string {
  const today = new Date(`${todayIn("Europe/Minsk")}T00:00:00Z`);
  return new Date(today.getTime() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe("a prisoner added by staff, as a reader finds them", () => {
  const birthday = daysAgo(-10);

  it("staff add a held person with a timeline and an address; readers see the count and write", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/people/new`);
      await page.getByLabel("Name (English)", { exact: true }).fill("Nasta Testava");
      await page.getByLabel("Name (Belarusian)", { exact: true }).fill("Наста Тэставая");
      await page
        .getByRole("combobox", { name: "Status", exact: true })
        .selectOption({ label: "Sentenced" });
      await page
        .getByRole("combobox", { name: "Month", exact: true })
        .selectOption(String(Number(birthday.slice(5, 7))));
      await page.getByLabel("Day", { exact: true }).fill(String(Number(birthday.slice(8, 10))));
      await page.getByLabel(/^Show the birthday/).check();
      await page.getByLabel(/^Published/).check();
      await page.getByRole("button", { name: "Add person" }).click();
      await page.waitForURL(/\/admin\/people\/[^/]+\?saved=create/);

      const timeline = page.locator("section", {
        has: page.getByRole("heading", { name: "Timeline" }),
      });
      await timeline.getByLabel("Date", { exact: true }).last().fill(daysAgo(100));
      await timeline.getByLabel("What happened").last().selectOption("DETAINED");
      await timeline.getByLabel("Place", { exact: true }).last().fill("Minsk");
      await timeline.getByRole("button", { name: "Add event" }).click();
      await expect.poll(() => timeline.textContent()).toContain("The event was added.");

      const addresses = page.locator("section", {
        has: page.getByRole("heading", { name: "Addresses for letters" }),
      });
      await addresses.getByLabel("Address", { exact: true }).last().fill(ADDRESS);
      await addresses.getByLabel("In Latin letters").last().fill(LATIN);
      await addresses.getByLabel("Valid from").last().fill(daysAgo(90));
      await addresses.getByRole("button", { name: "Add address" }).click();
      await expect.poll(() => addresses.textContent()).toContain("The address was added.");
    });

    // A reader, in Belarusian, without JavaScript: the count, the address, the advice.
    await withPage(
      async (page) => {
        await page.goto(`${baseUrl}/be/people`);
        await page.getByRole("link", { name: "Наста Тэставая", exact: true }).click();
        await page.waitForURL(/\/be\/people\/nasta-testava$/);
        const main = page.locator("main");
        expect(await main.textContent()).toContain("100 дзён за кратамі");
        expect(await page.locator("#write address[data-address]").textContent()).toBe(ADDRESS);
        expect(await page.locator("#write [data-address-latin]").textContent()).toBe(LATIN);
        expect(await main.textContent()).toContain("Цэнзары чытаюць кожны ліст");
        // The copy button needs JavaScript: without it there is none, and the text is there.
        expect(await page.getByRole("button", { name: "Скапіяваць адрас" }).count()).toBe(0);
        // Birthdays soon, on the list and the home page.
        await page.goto(`${baseUrl}/be`);
        expect(
          await page.getByRole("region", { name: "Хутка дні нараджэння" }).textContent(),
        ).toContain("Наста Тэставая");
      },
      { javaScriptEnabled: false, viewport: { width: 360, height: 740 } },
    );
  });

  it("from an article about her, two clicks reach the count and a printable A6 postcard", async () => {
    const author = await createAuthor(db);
    const person = await db.person.findUniqueOrThrow({ where: { slug: "nasta-testava" } });
    const article = await createPublicArticle(db, {
      authorId: author.id,
      title: "A letter campaign for Nasta",
    });
    await db.article.update({
      where: { id: article.id },
      data: { people: { connect: { id: person.id } } },
    });
    await withPage(async (page, context) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto(`${baseUrl}/news/${article.slug}`);
      const card = page.getByRole("region", { name: "People in this story" });
      expect(await card.textContent()).toContain("100 days behind bars");
      await card.getByRole("link", { name: "Nasta Testava" }).click(); // 1
      await page.waitForURL(/\/people\/nasta-testava$/);
      expect(await page.locator("main").textContent()).toContain("100 days behind bars");
      await page.getByRole("button", { name: "Copy the address" }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ADDRESS);
      await page.getByRole("link", { name: "Print a postcard" }).click(); // 2
      await page.waitForURL(/\/people\/nasta-testava\/postcard$/);
      expect(await seriousViolations(page)).toEqual([]);
      const pages = await readPdf(
        new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
      );
      expect(pages.map((one) => [one.widthMm, one.heightMm])).toEqual([
        [148, 105],
        [148, 105],
      ]);
      expect(pages[0]!.text).toContain("Nasta Testava");
      expect(pages[1]!.text.replace(/\s+/g, " ")).toContain(ADDRESS.replace(/\s+/g, " "));
      expect(pages[1]!.text.replace(/\s+/g, " ")).toContain(LATIN.replace(/\s+/g, " "));
      await page.screenshot({ path: `${SHOTS}/postcard.png`, fullPage: true });
    });
  });

  it("has no postcard for a released person", async () => {
    expect((await fetch(`${baseUrl}/people/ales-bialiatski/postcard`)).status).toBe(404);
  });
});

const ADDRESS = "Тэставай Насце\nІК-4\nвул. Узорная, 1\n246000, г. Гомель\nБеларусь";
const LATIN = "Nasta Testava\nIK-4\n1 Uzornaja St\n246000 Homiel\nBelarus";
