import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { FieldError } from "@/lib/errors";
import { createTerm, deleteTerm, mergeTags, updateTerm } from "@/lib/taxonomy/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import {
  createArticle,
  createStaffOfEveryRole,
  createTerm as insertTerm,
} from "@/tests/factories/articles";

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

const termsOf = async (articleId: string) =>
  (
    await database.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { terms: { select: { id: true } } },
    })
  ).terms.map((t) => t.id);

describe("terms", () => {
  it("creates categories with a parent and a transliterated slug, unique per taxonomy", async () => {
    const parent = await createTerm(staff.editor, {
      taxonomy: "CATEGORY",
      name: "Заявы",
      slug: "",
      description: "Statements",
      parentId: null,
    });
    const child = await createTerm(staff.editor, {
      taxonomy: "CATEGORY",
      name: "Joint statements",
      slug: "",
      description: "",
      parentId: parent.id,
    });
    const row = await database.db.term.findUniqueOrThrow({ where: { id: child.id } });
    expect(row).toMatchObject({ slug: "joint-statements", parentId: parent.id });
    expect((await database.db.term.findUniqueOrThrow({ where: { id: parent.id } })).slug).toBe(
      "zayavy",
    );

    const taken = await createTerm(staff.editor, {
      taxonomy: "CATEGORY",
      name: "Other",
      slug: "zayavy",
      description: "",
      parentId: null,
    }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(FieldError);
    expect((taken as FieldError).message).toMatch(/already used/);
    // The same slug is free in another taxonomy.
    await createTerm(staff.editor, {
      taxonomy: "TAG",
      name: "Zayavy",
      slug: "",
      description: "",
      parentId: null,
    });

    const loop = await updateTerm(staff.editor, parent.id, {
      name: "Заявы",
      slug: "zayavy",
      description: "",
      parentId: child.id,
    }).catch((e: unknown) => e);
    expect((loop as FieldError).field).toBe("parentId");
  });

  it("renames and re-slugs a term, and refuses authors and moderators", async () => {
    const tag = await insertTerm(database.db, "TAG", { name: "Old name" });
    await updateTerm(staff.editor, tag.id, {
      name: "New name",
      slug: "new-slug",
      description: "About it",
      parentId: null,
    });
    expect(await database.db.term.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({
      name: "New name",
      slug: "new-slug",
      description: "About it",
    });
    for (const actor of [staff.author, staff.moderator]) {
      await expect(deleteTerm(actor, tag.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("deletes a term while its articles keep working without it", async () => {
    const region = await insertTerm(database.db, "REGION");
    const keep = await insertTerm(database.db, "TAG");
    const article = await createArticle(database.db, staff.editor.id, {
      status: "PUBLISHED",
      termIds: [region.id, keep.id],
    });
    const result = await deleteTerm(staff.editor, region.id);
    expect(result.articleIds).toEqual([article.id]);
    expect(await termsOf(article.id)).toEqual([keep.id]);
    expect(
      (await database.db.article.findUniqueOrThrow({ where: { id: article.id } })).status,
    ).toBe("PUBLISHED");
    await expect(deleteTerm(staff.editor, region.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("merges two tags: the source's articles get the target and the source is gone", async () => {
    const source = await insertTerm(database.db, "TAG", { name: "Bialiatski" });
    const target = await insertTerm(database.db, "TAG", { name: "Ales Bialiatski" });
    const onlySource = await createArticle(database.db, staff.editor.id, { termIds: [source.id] });
    const both = await createArticle(database.db, staff.editor.id, {
      termIds: [source.id, target.id],
    });

    await mergeTags(staff.editor, source.id, target.id);

    expect(await termsOf(onlySource.id)).toEqual([target.id]);
    expect(await termsOf(both.id)).toEqual([target.id]);
    expect(await database.db.term.findUnique({ where: { id: source.id } })).toBeNull();
    const category = await insertTerm(database.db, "CATEGORY");
    await expect(mergeTags(staff.editor, category.id, target.id)).rejects.toBeInstanceOf(
      FieldError,
    );
  });
});
