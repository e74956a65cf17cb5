import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { SHOTS, fileBrowser } from "@/tests/e2e/browser";
import { signIn } from "@/tests/e2e/staff-session";
import { makeOnionHost } from "@/tests/factories/onion";

const baseUrl = inject("baseUrl");
const withPage = fileBrowser();
const ONION = `http://${makeOnionHost()}`;
const MIRRORS = ["https://mirror-one.example.org/", "https://mirror-two.example.net/news"];
const ARTICLE = "/news/ales-bialiatski-released";

const HEADINGS = {
  en: "Blocked? Read us here",
  be: "Сайт заблакаваны? Чытайце нас тут",
  ru: "Сайт заблокирован? Читайте нас здесь",
};

/** The settings page's mirrors form, as a signed-in admin sees it. */
function mirrorsForm(page: Page) {
  return page.getByRole("form", { name: "Mirrors and onion address" });
}

async function save(page: Page, onionAddress: string, mirrors: string, answer: RegExp) {
  const form = mirrorsForm(page);
  await form.getByLabel("Onion address").fill(onionAddress);
  await form.getByLabel("Mirror addresses").fill(mirrors);
  await form.getByRole("button", { name: "Save mirrors and onion address" }).click();
  await form.getByText(answer).waitFor();
}

const onionLocation = async (path: string) =>
  (await fetch(`${baseUrl}${path}`, { redirect: "manual" })).headers.get("onion-location");

/** Clears both fields through the form, so the other test files (same server) see no mirrors. */
async function clearMirrors(page: Page) {
  await page.goto(`${baseUrl}/admin/settings`);
  await save(page, "", "", /no mirror or onion address is shown/);
}

// Should the test stop half-way, the settings are cleared all the same.
afterAll(async () => {
  if ((await onionLocation(ARTICLE)) === null) return;
  await withPage(async (page) => {
    await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
    await clearMirrors(page);
  });
});

describe("readers on blocked connections", () => {
  it("an admin sets an onion address and mirrors: pages name them, Tor Browser is offered the onion site, and clearing them hides it all", async () => {
    await withPage(async (page) => {
      await signIn(page, baseUrl, inject("adminEmail"), inject("adminPassword"));
      await page.goto(`${baseUrl}/admin/settings`);

      const typo = `${ONION.slice(0, 20)}${ONION[20] === "a" ? "b" : "a"}${ONION.slice(21)}`;
      await save(page, typo, MIRRORS.join("\n"), /correct the highlighted fields/);
      const form = mirrorsForm(page);
      expect(await form.getByLabel("Onion address").inputValue()).toBe(typo);
      expect(await form.getByLabel("Mirror addresses").inputValue()).toBe(MIRRORS.join("\n"));
      expect(await form.getByText(/This onion address has a typo/).count()).toBe(1);

      await save(page, ONION, [...MIRRORS, MIRRORS[0]].join("\n"), /saved: pages, feeds/);
      expect(await form.getByLabel("Mirror addresses").inputValue()).toBe(MIRRORS.join("\n"));

      // The same path and query on the onion site; never on the staff area or sign-in.
      expect(await onionLocation(`${ARTICLE}?from=share`)).toBe(`${ONION}${ARTICLE}?from=share`);
      expect(await onionLocation("/be")).toBe(`${ONION}/be`);
      const search = "/ru/search?q=%D0%92%D0%B5%D1%81%D0%BD%D0%B0";
      expect(await onionLocation(search)).toBe(`${ONION}${search}`);
      const admin = await page.goto(`${baseUrl}/admin/settings`);
      expect(admin!.status()).toBe(200);
      expect(admin!.headers()["onion-location"]).toBeUndefined();
      for (const path of ["/admin", "/admin/settings", "/login", "/api/health", "/feed.xml"]) {
        expect(await onionLocation(path), path).toBeNull();
      }

      // Feed items end with the block, in the feed's language.
      expect(await (await fetch(`${baseUrl}/ru/feed.xml`)).text()).toContain(
        `<strong>${HEADINGS.ru}:</strong>`,
      );

      for (const [lang, path] of [
        ["en", ARTICLE],
        ["be", "/be"],
        ["ru", "/ru"],
      ] as const) {
        await withPage(async (reader) => {
          const response = await reader.goto(`${baseUrl}${path}`);
          expect(response!.headers()["onion-location"]).toBe(`${ONION}${path}`);
          const block = reader.locator("footer").getByRole("region", { name: HEADINGS[lang] });
          const links = await block
            .getByRole("link")
            .evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
          expect(links).toEqual([...MIRRORS, ONION + "/"].map((url) => new URL(url).href));
          expect(await block.locator("code").textContent()).toBe(ONION);
        });
      }

      await withPage(
        async (reader) => {
          await reader.goto(`${baseUrl}/be`);
          const block = reader.locator("footer").getByRole("region", { name: HEADINGS.be });
          // Nothing sticks out of a phone's screen, the long onion address included.
          expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
          await block.scrollIntoViewIfNeeded();
          await block.screenshot({ path: `${SHOTS}/mirrors-footer-be-360.png` });
        },
        { viewport: { width: 360, height: 740 }, javaScriptEnabled: false },
      );
      await clearMirrors(page);
      expect(await onionLocation(ARTICLE)).toBeNull();
      await withPage(async (reader) => {
        await reader.goto(`${baseUrl}/be`);
        expect(await reader.getByRole("region", { name: HEADINGS.be }).count()).toBe(0);
      });
    });
  });
});
