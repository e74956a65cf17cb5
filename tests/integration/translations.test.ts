import { describe, expect, it } from "vitest";
import { getPublishedArticleBySlug, listPublishedTranslations } from "@/lib/articles/queries";
import { trashArticles } from "@/lib/articles/lifecycle";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/service";
import { createTranslation, getTranslationGroup } from "@/lib/articles/translations";
import { articleInput } from "@/tests/factories/articles";
import { demoSiteDatabase } from "@/tests/factories/demo-site";

const site = demoSiteDatabase();

describe("translations", () => {
  it("the demo's Belarusian and Russian stories are translations of the English one", async () => {
    const english = await getPublishedArticleBySlug("ales-bialiatski-released", "POST", "en");
    const group = await listPublishedTranslations(english!.translationGroupId!);
    expect(group.map((t) => `${t.language}:${t.slug}`).sort()).toEqual([
      "be:ales-bialiacki-na-voli",
      "en:ales-bialiatski-released",
      "ru:ales-belyatskiy-na-svobode",
    ]);
  });

  it("a translation starts as a prefilled draft and publishing it leaves its source as it was", async () => {
    const source = await saveArticle(
      site.staff.editor,
      undefined,
      articleInput({ title: "Statement on the hearing", body: "<p>The hearing is closed.</p>" }),
      { intent: "publish" },
    );
    const { id } = await createTranslation(site.staff.editor, source.id, "be");
    const draft = await site.database.db.article.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({
      language: "be",
      status: "DRAFT",
      title: "Statement on the hearing",
      body: "<p>The hearing is closed.</p>",
      translatedFromId: source.id,
    });
    const before = await site.database.db.article.findUniqueOrThrow({ where: { id: source.id } });

    await saveArticle(
      site.staff.editor,
      id,
      articleInput({ title: "Заява пра пасяджэнне", language: "be", slug: draft.slug }),
      { intent: "publish" },
    );
    await saveArticle(
      site.staff.editor,
      id,
      articleInput({ title: "Заява пра пасяджэнне", language: "be", slug: draft.slug }),
      { intent: "unpublish" },
    );
    const after = await site.database.db.article.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("flags a translation whose source changed after it was last saved", async () => {
    const source = await saveArticle(
      site.staff.editor,
      undefined,
      articleInput({ title: "Source" }),
    );
    const { id } = await createTranslation(site.staff.editor, source.id, "ru");
    let group = await getTranslationGroup(site.staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(false);
    expect(group.missing).toEqual(["be"]);

    await saveArticle(site.staff.editor, source.id, articleInput({ title: "Source, corrected" }));
    group = await getTranslationGroup(site.staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(true);
    const fromSource = await getTranslationGroup(site.staff.editor, source.id);
    expect(fromSource.members.find((m) => m.id === id)).toMatchObject({
      isTranslationOfThis: true,
      sourceChanged: true,
    });

    // Saving the translation records that it now follows the corrected source.
    const translation = await site.database.db.article.findUniqueOrThrow({ where: { id } });
    await saveArticle(
      site.staff.editor,
      id,
      articleInput({ title: "Источник", language: "ru", slug: translation.slug }),
    );
    group = await getTranslationGroup(site.staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(false);

    // Restoring the source's first text is a change of text too.
    const [first] = await site.database.db.articleRevision.findMany({
      where: { articleId: source.id },
      orderBy: { createdAt: "asc" },
      take: 1,
    });
    await restoreRevision(site.staff.editor, source.id, first!.id);
    group = await getTranslationGroup(site.staff.editor, id);
    expect(group.members.find((m) => m.id === id)?.sourceChanged).toBe(true);
  });

  it("refuses a second version in a language the group already has", async () => {
    const source = await saveArticle(site.staff.editor, undefined, articleInput());
    const { id } = await createTranslation(site.staff.editor, source.id, "ru");
    await expect(createTranslation(site.staff.editor, source.id, "ru")).rejects.toMatchObject({
      field: "language",
    });
    const translation = await site.database.db.article.findUniqueOrThrow({ where: { id } });
    await expect(
      saveArticle(site.staff.editor, id, articleInput({ language: "en", slug: translation.slug })),
    ).rejects.toMatchObject({ field: "language" });
  });

  it("a trashed version still holds its language and shows in the group, to be restored", async () => {
    const source = await saveArticle(site.staff.editor, undefined, articleInput());
    const { id } = await createTranslation(site.staff.editor, source.id, "ru");
    await trashArticles(site.staff.editor, [id]);
    const group = await getTranslationGroup(site.staff.editor, source.id);
    expect(group.members.find((m) => m.id === id)?.status).toBe("TRASH");
    expect(group.missing).toEqual(["be"]);
  });

  it("two translations started at once land in one group", async () => {
    const source = await saveArticle(site.staff.editor, undefined, articleInput());
    const [be, ru] = await Promise.all([
      createTranslation(site.staff.editor, source.id, "be"),
      createTranslation(site.staff.editor, source.id, "ru"),
    ]);
    const rows = await site.database.db.article.findMany({
      where: { id: { in: [source.id, be.id, ru.id] } },
      select: { translationGroupId: true },
    });
    expect(new Set(rows.map((row) => row.translationGroupId)).size).toBe(1);
    expect(rows[0]!.translationGroupId).toBeTruthy();
  });

  it("an author sees that other people's versions exist, not their titles", async () => {
    const source = await saveArticle(site.staff.author, undefined, articleInput({ title: "Mine" }));
    const other = await createTranslation(site.staff.editor, source.id, "ru");
    await saveArticle(
      site.staff.editor,
      other.id,
      articleInput({ title: "Чужой черновик", language: "ru", slug: `chuzhoy-${other.id}` }),
    );
    const group = await getTranslationGroup(site.staff.author, source.id);
    expect(group.members.find((m) => m.id === other.id)).toMatchObject({
      title: "",
      canOpen: false,
    });
  });

  it("an author cannot translate an article they may not open", async () => {
    const source = await saveArticle(site.staff.editor, undefined, articleInput());
    await expect(createTranslation(site.staff.author, source.id, "be")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createTranslation(site.staff.moderator, source.id, "be")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps each language's slugs apart: one slug may serve several languages", async () => {
    const slug = "common-slug";
    await saveArticle(site.staff.editor, undefined, articleInput({ slug, language: "en" }));
    await saveArticle(site.staff.editor, undefined, articleInput({ slug, language: "ru" }));
    await expect(
      saveArticle(site.staff.editor, undefined, articleInput({ slug, language: "ru" })),
    ).rejects.toMatchObject({ field: "slug" });
  });
});
