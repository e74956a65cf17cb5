import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { resolveTerms } from "@/lib/articles/links";
import { suggestTags } from "@/lib/taxonomy/tag-suggestions";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import {
  articleInput,
  createArticle,
  createStaffOfEveryRole,
  createTerm,
} from "@/tests/factories/articles";
import { expectForbidden } from "@/tests/factories/users";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

/** A tag on `uses` new articles. */
async function tagUsed(name: string, uses: number) {
  const tag = await createTerm(database.db, "TAG", { name });
  for (let i = 0; i < uses; i++) {
    await createArticle(database.db, staff.author.id, { termIds: [tag.id] });
  }
  return tag;
}

const names = (list: { name: string }[]) => list.map((s) => s.name);

describe("tag suggestions", () => {
  it("puts names that start with the text first, then the most used, and only tags", async () => {
    await tagUsed("Prisoners of conscience", 1);
    await tagUsed("Political prisoners", 3);
    await tagUsed("Prison letters", 0);
    await tagUsed("Release the prisoners", 5);
    await createTerm(database.db, "CATEGORY", { name: "Prisons" });
    await createTerm(database.db, "REGION", { name: "Prisonsk" });

    const found = await suggestTags(staff.author, "pris");
    expect(names(found)).toEqual([
      "Prisoners of conscience",
      "Prison letters",
      "Release the prisoners",
      "Political prisoners",
    ]);
    expect(found.map((s) => s.uses)).toEqual([1, 0, 5, 3]);
    expect(names(await suggestTags(staff.author, "  PRISONERS "))).toEqual([
      "Prisoners of conscience",
      "Release the prisoners",
      "Political prisoners",
    ]);
  });

  it("gives at most the limit, the most used of the matches", async () => {
    for (let i = 1; i <= 12; i++) await tagUsed(`Limit tag ${String(i).padStart(2, "0")}`, i % 4);
    const found = await suggestTags(staff.editor, "limit tag");
    expect(found).toHaveLength(10);
    expect(found.map((s) => s.uses)).toEqual([3, 3, 3, 2, 2, 2, 1, 1, 1, 0]);
    expect(await suggestTags(staff.editor, "limit tag", 3)).toHaveLength(3);
  });

  it("matches a translated name and suggests the default-language name", async () => {
    const tag = await tagUsed("Freedom of speech", 0);
    await database.db.termTranslation.create({
      data: {
        termId: tag.id,
        taxonomy: "TAG",
        language: "be",
        name: "Свабода слова",
        slug: "svaboda-slova",
      },
    });
    expect(await suggestTags(staff.author, "свабода")).toEqual([
      { name: "Freedom of speech", matchedName: "Свабода слова", uses: 0 },
    ]);
    expect((await suggestTags(staff.author, "freedom"))[0]?.matchedName).toBeNull();
  });

  it("treats % and _ as themselves and an empty text as nothing", async () => {
    await tagUsed("100% solidarity", 0);
    expect(names(await suggestTags(staff.author, "%"))).toEqual(["100% solidarity"]);
    expect(await suggestTags(staff.author, "_")).toEqual([]);
    expect(await suggestTags(staff.author, "   ")).toEqual([]);
  });

  it("refuses staff who cannot write articles", async () => {
    await expectForbidden(suggestTags(staff.moderator, "pris"));
  });

  it("saving a suggested name reuses that tag even when its slug no longer matches the name", async () => {
    const tag = await createTerm(database.db, "TAG", { name: "Hunger strike", slug: "golodovka" });
    const [suggested] = await suggestTags(staff.author, "hunger");
    expect(suggested?.name).toBe("Hunger strike");
    const ids = await database.db.$transaction((tx) =>
      resolveTerms(tx, articleInput({ tags: ["hunger STRIKE"] })),
    );
    expect(ids).toEqual([{ id: tag.id }]);
    expect(
      await database.db.term.count({ where: { taxonomy: "TAG", name: { startsWith: "Hunger" } } }),
    ).toBe(1);
  });
});
