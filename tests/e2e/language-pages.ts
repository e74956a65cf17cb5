import type { Page } from "playwright-core";
import { expect } from "vitest";
import { catalogue } from "@/lib/i18n/messages";

type Tree = { [key: string]: unknown };

/** Every plain string of a catalogue section, by its dotted path (functions are left out). */
function strings(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (value && typeof value === "object") {
      for (const [inner, leaf] of strings(value as Tree, path)) out.set(inner, leaf);
    }
  }
  return out;
}

/**
 * The English strings a page in `lang` must not show: every English catalogue string that the
 * language translates differently (a name such as "RSS" may be the same in both).
 */
export function englishOnly(lang: "be" | "ru"): string[] {
  const found = new Set<string>();
  for (const byLanguage of Object.values(catalogue)) {
    const english = strings(byLanguage.en);
    const own = strings(byLanguage[lang]);
    for (const [path, text] of english) {
      if (text.trim().length >= 3 && own.get(path) !== text) found.add(text.trim());
    }
  }
  return [...found];
}

/** What a reader sees and hears on the page: its text, title and the labels of its controls. */
export async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label],[placeholder],[title],[alt]")]
      .flatMap((el) => ["aria-label", "placeholder", "title", "alt"].map((a) => el.getAttribute(a)))
      .filter(Boolean);
    const buttons = [...document.querySelectorAll("input[type=submit],button")].map(
      (el) => (el as HTMLInputElement).value || el.textContent,
    );
    return [document.title, document.body.innerText, ...labels, ...buttons].join("\n");
  });
}

export function shows(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u").test(text);
}

export const PAGES = {
  be: [
    "/be",
    "/be/news/ales-bialiacki-na-voli",
    "/be/tag/ales-bialiacki",
    "/be/category/naviny",
    "/be/pra-kampaniu",
    `/be/search?q=${encodeURIComponent("Бяляцкі")}`,
    `/be/search?q=${encodeURIComponent("няма такога слова")}`,
    "/be/no-such-page",
  ],
  ru: [
    "/ru",
    "/ru/news/ales-belyatskiy-na-svobode",
    "/ru/tag/ales-belyatskiy",
    "/ru/category/novosti",
    "/ru/o-kampanii",
    `/ru/search?q=${encodeURIComponent("Беляцкий")}`,
    `/ru/search?q=${encodeURIComponent("нет такого слова")}`,
    "/ru/no-such-page",
  ],
} as const;

/** A page's hreflang links from its <head>, as hreflang → absolute URL. */
export async function headAlternates(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const html = await response.text();
  const links = [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)].map((m) => m[0]);
  return Object.fromEntries(
    links
      .map((tag) => [/hrefLang="([^"]+)"/i.exec(tag)?.[1], /href="([^"]+)"/.exec(tag)?.[1]])
      .filter((pair): pair is [string, string] => !!pair[0] && !!pair[1])
      .map(([lang, href]) => [lang, href.replaceAll("&amp;", "&")]),
  );
}
