import { describe, expect, it } from "vitest";
import { hreflangAlternates, languageLinks } from "@/lib/i18n/alternates";
import { LANGUAGE_CODES } from "@/lib/i18n/languages";
import { inLanguage, resolveLanguageSegment, splitLanguagePrefix } from "@/lib/i18n/locale";
import { catalogue, getMessages } from "@/lib/i18n/messages";
import { pagedListPath } from "@/lib/site/proxy";
import { absoluteUrl } from "@/lib/urls";
import { LOCALES } from "@/tests/factories/locale";

type Tree = { [key: string]: string | ((...args: never[]) => string) | Tree };

/** Every leaf of a catalogue section, by its dotted path. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") {
      for (const [inner, leaf] of leaves(value, path)) out.set(inner, leaf);
    } else out.set(path, value);
  }
  return out;
}

/** A leaf as text: strings as they are, functions called with sample arguments. */
function render(leaf: unknown): string {
  if (typeof leaf === "string") return leaf;
  if (typeof leaf === "function") {
    const args = Array.from({ length: leaf.length }, (_, i) =>
      i === 0 ? { max: 100, length: 120, minutes: 3 } : "Viasna",
    );
    // Functions take names, numbers or an object of numbers: try the shapes in turn.
    for (const attempt of [["Name", "Title"], [3, 7], args]) {
      try {
        const text = (leaf as (...a: unknown[]) => unknown)(...attempt);
        if (typeof text === "string" && !text.includes("undefined")) return text;
      } catch {
        // the next shape
      }
    }
  }
  return "";
}

describe("the public catalogue", () => {
  for (const [section, byLanguage] of Object.entries(catalogue)) {
    it(`${section}: every string exists in every language, and reads as text`, () => {
      const english = leaves(byLanguage.en);
      for (const lang of LANGUAGE_CODES) {
        const own = leaves(byLanguage[lang]);
        expect([...own.keys()].sort(), lang).toEqual([...english.keys()].sort());
        for (const [path, leaf] of own) {
          expect(render(leaf).trim().length, `${lang} ${section}.${path}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it("Belarusian and Russian strings are translated, not copied from English", () => {
    for (const [section, byLanguage] of Object.entries(catalogue)) {
      const english = leaves(byLanguage.en);
      for (const lang of ["be", "ru"] as const) {
        for (const [path, leaf] of leaves(byLanguage[lang])) {
          const mine = render(leaf);
          const theirs = render(english.get(path));
          // A template of names only (`${site}: ${term}`) reads the same in every language.
          if (!/[A-Za-z]{3}/.test(theirs.replace(/Name|Title|Viasna/g, ""))) continue;
          expect(mine, `${lang} ${section}.${path}`).not.toBe(theirs);
        }
      }
    }
  });

  it("counts with each language's plural forms", () => {
    const count = (lang: "en" | "be" | "ru", n: number) => getMessages(lang).article.comments(n);
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => count("be", n))).toEqual([
      "1 каментар",
      "2 каментары",
      "5 каментароў",
      "11 каментароў",
      "21 каментар",
      "22 каментары",
      "25 каментароў",
    ]);
    expect([1, 3, 5, 21].map((n) => count("ru", n))).toEqual([
      "1 комментарий",
      "3 комментария",
      "5 комментариев",
      "21 комментарий",
    ]);
    expect([1, 2].map((n) => count("en", n))).toEqual(["1 comment", "2 comments"]);
    // Belarusian groups digits only from five of them: 1052, but 25 000.
    expect(getMessages("be").search.count(1052)).toBe("1052 вынікі");
    expect(getMessages("be").search.count(25_000)).toBe("25\u00a0000 вынікаў");
  });
});

describe("addresses in each language", () => {
  it("the default language has no prefix; the others live under /<lang>", () => {
    expect(inLanguage("en", "en", "/news/x")).toBe("/news/x");
    expect(inLanguage("be", "en", "/")).toBe("/be");
    expect(inLanguage("be", "en", "/news/x")).toBe("/be/news/x");
    expect(inLanguage("en", "be", "/search?q=a")).toBe("/en/search?q=a");
  });

  it("reads the language from the first segment only when it is a language code", () => {
    expect(splitLanguagePrefix("/be/news/x")).toEqual({ segment: "be", rest: "/news/x" });
    expect(splitLanguagePrefix("/ru")).toEqual({ segment: "ru", rest: "/" });
    expect(splitLanguagePrefix("/news/x")).toEqual({ segment: "default", rest: "/news/x" });
    expect(splitLanguagePrefix("/bel/x")).toEqual({ segment: "default", rest: "/bel/x" });
    expect(splitLanguagePrefix("/de/x")).toEqual({ segment: "default", rest: "/de/x" });
  });

  it("a prefix the site does not use is a missing page; the default's own prefix moves", () => {
    const site = { defaultLanguage: "en" as const, languages: ["en" as const, "be" as const] };
    expect(resolveLanguageSegment("default", site)).toMatchObject({
      kind: "page",
      locale: { lang: "en" },
    });
    expect(resolveLanguageSegment("be", site)).toMatchObject({ kind: "page" });
    expect(resolveLanguageSegment("ru", site)).toEqual({ kind: "missing" });
    expect(resolveLanguageSegment("en", site)).toMatchObject({ kind: "unprefixed" });
  });

  it("old ?page= links keep their language", () => {
    const params = (page: string) => new URLSearchParams({ page });
    expect(pagedListPath("/", params("3"))).toBe("/page/3");
    expect(pagedListPath("/tag/viasna", params("1"))).toBe("/tag/viasna");
    expect(pagedListPath("/news/x", params("2"))).toBeNull();
  });
});

describe("hreflang and the switcher", () => {
  const alternates = [
    { lang: "en" as const, path: "/news/released" },
    { lang: "be" as const, path: "/be/news/na-voli" },
  ];

  it("lists every published version, itself included, plus x-default", () => {
    expect(hreflangAlternates(LOCALES.be, alternates)).toEqual({
      en: absoluteUrl("/news/released"),
      be: absoluteUrl("/be/news/na-voli"),
      "x-default": absoluteUrl("/news/released"),
    });
    expect(hreflangAlternates(LOCALES.en, [alternates[0]!])).toBeUndefined();
  });

  it("leads to the translation, or to that language's home when there is none", () => {
    const links = languageLinks(LOCALES.be, alternates);
    expect(links.map((link) => [link.lang, link.href, link.isTranslation, link.isCurrent])).toEqual(
      [
        ["en", "/news/released", true, false],
        ["be", "/be/news/na-voli", true, true],
        ["ru", "/ru", false, false],
      ],
    );
  });
});
