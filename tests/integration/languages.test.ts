import { describe, expect, it } from "vitest";
import {
  getFeaturedArticle,
  listArticlesByTerm,
  listPublishedArticles,
} from "@/lib/articles/queries";
import { getSiteFeed } from "@/lib/feeds/feeds";
import { defaultSiteSettings, siteTexts } from "@/lib/settings/schemas";
import { updateLanguageSettings } from "@/lib/settings/service";
import { getNavigation, getTermBySlug } from "@/lib/site/queries";
import { updateTermTranslations } from "@/lib/taxonomy/service";
import { LOCALES } from "@/tests/factories/locale";
import { demoSiteDatabase, slugsOf } from "@/tests/factories/demo-site";

const site = demoSiteDatabase();

describe("each language's lists hold only that language", () => {
  it("home pages, featured stories and archives", async () => {
    const [en, be, ru] = await Promise.all(
      (["en", "be", "ru"] as const).map((lang) => listPublishedArticles(lang, 1)),
    );
    expect(slugsOf(be!.items)).toEqual(
      expect.arrayContaining(["ales-bialiacki-na-voli", "ales-bialiacki-zatrymany"]),
    );
    expect(slugsOf(be!.items)).not.toContain("ales-bialiatski-released");
    expect(slugsOf(ru!.items)).toContain("alesyu-belyatskomu-50-let");
    expect(slugsOf(en!.items)).not.toContain("ales-bialiacki-na-voli");
    expect((await getFeaturedArticle("be"))?.slug).toBe("ales-bialiacki-na-voli");
    expect((await getFeaturedArticle("en"))?.slug).toBe("ales-bialiatski-released");

    const tag = await getTermBySlug("TAG", "ales-bialiacki", "be");
    expect(tag?.name).toBe("Алесь Бяляцкі");
    const archive = await listArticlesByTerm(tag!.id, "be", 1);
    expect(archive.items.length).toBeGreaterThan(0);
    expect(new Set(archive.items.map((item) => item.language))).toEqual(new Set(["be"]));
  });

  it("names terms in the reader's language, and finds an archive by its own slug there", async () => {
    const navigation = await getNavigation("ru");
    expect(navigation.categories.map((c) => c.name)).toContain("Новости");
    expect(navigation.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["o-kampanii", "kak-pomoch"]),
    );
    // The English slug still finds the term, to be sent on to the Russian one.
    expect((await getTermBySlug("CATEGORY", "news", "ru"))?.canonicalSlug).toBe("novosti");
  });

  it("a language's feed carries only stories in it, with that language's prefix", async () => {
    const feed = await getSiteFeed(defaultSiteSettings, LOCALES.be, { db: site.database.db });
    expect(feed.xml).toContain("<language>be</language>");
    expect(feed.xml).toContain("/be/news/ales-bialiacki-na-voli");
    expect(feed.xml).not.toContain("/news/ales-bialiatski-released<");
    expect(feed.xml).not.toContain("Alesyu");
  });
});

describe("term names per language", () => {
  it("are saved with their own slug, unique per language, and blank ones removed", async () => {
    const term = await site.database.db.term.findFirstOrThrow({
      where: { taxonomy: "TAG", slug: "solidarity" },
    });
    await updateTermTranslations(site.staff.editor, term.id, {
      be: { name: "Салідарнасць людзей", slug: "", description: "Падтрымка" },
    });
    const label = await site.database.db.termTranslation.findUniqueOrThrow({
      where: { termId_language: { termId: term.id, language: "be" } },
    });
    expect(label).toMatchObject({ name: "Салідарнасць людзей", slug: "salidarnasts-lyudzey" });

    const other = await site.database.db.term.findFirstOrThrow({
      where: { taxonomy: "TAG", slug: "postcards" },
    });
    await expect(
      updateTermTranslations(site.staff.editor, other.id, {
        be: { name: "Паштоўкі", slug: "salidarnasts-lyudzey", description: "" },
      }),
    ).rejects.toMatchObject({ field: "be.slug" });

    await updateTermTranslations(site.staff.editor, term.id, {
      be: { name: "", slug: "", description: "" },
    });
    expect(
      await site.database.db.termTranslation.count({ where: { termId: term.id, language: "be" } }),
    ).toBe(0);
    await expect(
      updateTermTranslations(site.staff.author, term.id, {
        be: { name: "x", slug: "", description: "" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("site languages", () => {
  it("the default must be one of the site's languages", async () => {
    await expect(
      updateLanguageSettings(site.staff.admin, {
        defaultLanguage: "ru",
        languages: ["en", "be"],
        translations: {},
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      updateLanguageSettings(site.staff.editor, {
        defaultLanguage: "en",
        languages: ["en"],
        translations: {},
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a new default language brings its own site texts, and the old default keeps its", async () => {
    const be = defaultSiteSettings.translations.be!;
    const ru = defaultSiteSettings.translations.ru!;
    const switched = await updateLanguageSettings(site.staff.admin, {
      defaultLanguage: "be",
      languages: ["en", "be", "ru"],
      translations: { be, ru },
    });
    expect(siteTexts(switched, "be")).toEqual(be);
    expect(siteTexts(switched, "en").title).toBe(defaultSiteSettings.title);
    expect(siteTexts(switched, "ru")).toEqual(ru);
    const back = await updateLanguageSettings(site.staff.admin, {
      defaultLanguage: "en",
      languages: ["en", "be", "ru"],
      // The form, drawn with Belarusian as the default, sent the other languages' texts.
      translations: { en: siteTexts(switched, "en"), ru },
    });
    expect(back.title).toBe(defaultSiteSettings.title);
    expect(siteTexts(back, "be")).toEqual(be);
  });
});
