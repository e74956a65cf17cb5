import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { searchLinkTargets } from "@/lib/editor/link-search";
import { createArticle, createStaffOfEveryRole } from "@/tests/factories/articles";
import { expectForbidden } from "@/tests/factories/users";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";

let database: TestDatabase;
let staff: Record<"admin" | "editor" | "author" | "moderator", Actor>;
const word = `vigil${randomBytes(3).toString("hex")}`;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
  staff = await createStaffOfEveryRole(database.db);
});

afterAll(async () => {
  await database.drop();
});

async function addPerson(slug: string, names: Record<string, string>, published: boolean) {
  const status = await database.db.personStatus.upsert({
    where: { key: "detained" },
    create: { key: "detained", names: { en: "Detained" }, isHeld: true },
    update: {},
  });
  return database.db.person.create({
    data: { slug, names, spellings: ["Bialiacki"], published, statusId: status.id },
  });
}

describe("the link dialog's search", () => {
  it("offers published articles and pages by title with their public path, never drafts, scheduled or trashed ones", async () => {
    const author = staff.editor.id;
    const title = (what: string) => `${what} ${word} in Vilnius`;
    await createArticle(database.db, author, {
      title: title("Published"),
      slug: `published-${word}`,
      status: "PUBLISHED",
    });
    await createArticle(database.db, author, {
      kind: "PAGE",
      title: title("Help page"),
      slug: `help-${word}`,
      status: "PUBLISHED",
    });
    await createArticle(database.db, author, { title: title("Draft"), status: "DRAFT" });
    await createArticle(database.db, author, { title: title("In review"), status: "IN_REVIEW" });
    await createArticle(database.db, author, { title: title("Trashed"), status: "TRASH" });
    await createArticle(database.db, author, {
      title: title("Tomorrow"),
      status: "SCHEDULED",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    await createArticle(database.db, author, {
      title: title("Future"),
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() + 86_400_000),
    });

    const found = await searchLinkTargets(staff.author, word.toUpperCase());
    expect(found.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { title: title("Help page"), kind: "page", path: `/help-${word}` },
      { title: title("Published"), kind: "article", path: `/news/published-${word}` },
    ]);
  });

  it("finds published people by any of their names or spellings, named and linked in the article's language", async () => {
    const slug = `ales-${word}`;
    await addPerson(slug, { en: `Ales Bialiatski ${word}`, be: `Алесь Бяляцкі ${word}` }, true);
    await addPerson(`hidden-${word}`, { en: `Ales Hidden ${word}` }, false);

    expect(await searchLinkTargets(staff.author, `Бяляцкі ${word}`, "be")).toEqual([
      { title: `Алесь Бяляцкі ${word}`, kind: "person", path: `/be/people/${slug}` },
    ]);
    const inEnglish = await searchLinkTargets(staff.author, `ales bialiatski ${word}`);
    expect(inEnglish).toEqual([
      { title: `Ales Bialiatski ${word}`, kind: "person", path: `/people/${slug}` },
    ]);
    const bySpelling = await searchLinkTargets(staff.author, "bialiacki", "en");
    expect(bySpelling.map((item) => item.path)).toContain(`/people/${slug}`);
    expect(bySpelling.map((item) => item.path)).not.toContain(`/people/hidden-${word}`);
  });

  it("answers nothing to an empty query, and refuses staff who cannot write articles", async () => {
    expect(await searchLinkTargets(staff.author, "   ")).toEqual([]);
    await expectForbidden(searchLinkTargets(staff.moderator, word));
  });
});
