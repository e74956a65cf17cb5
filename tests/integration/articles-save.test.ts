import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { FieldError } from "@/lib/errors";
import { saveArticle } from "@/lib/articles/service";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { articleInput, createStaffOfEveryRole, createTerm } from "@/tests/factories/articles";

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

async function fieldErrorOf(promise: Promise<unknown>): Promise<FieldError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

describe("saving articles", () => {
  it("makes the slug from a Cyrillic title and keeps a revision of the save", async () => {
    const saved = await saveArticle(
      staff.author,
      undefined,
      articleInput({ title: "Алесь Бяляцкі ўзнагароджаны" }),
    );
    expect(saved.slug).toBe("ales-byalyatski-uznagarodzhany");
    expect(saved.status).toBe("DRAFT");
    const revisions = await database.db.articleRevision.findMany({
      where: { articleId: saved.id },
    });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.editorId).toBe(staff.author.id);
  });

  it("refuses a slug another article of the same kind uses, with a message on the slug field", async () => {
    await saveArticle(staff.editor, undefined, articleInput({ slug: "verdict-day" }));
    const error = await fieldErrorOf(
      saveArticle(staff.editor, undefined, articleInput({ slug: "Verdict Day" })),
    );
    expect(error.field).toBe("slug");
    expect(error.message).toMatch(/already used/);
    // A page may share the slug: pages and posts live at different addresses.
    const page = await saveArticle(
      staff.editor,
      undefined,
      articleInput({ kind: "PAGE", slug: "verdict-day" }),
    );
    expect(page.slug).toBe("verdict-day");
  });

  it("refuses a slug of only symbols and reserved page slugs", async () => {
    const symbols = await fieldErrorOf(
      saveArticle(staff.editor, undefined, articleInput({ slug: "!!!***" })),
    );
    expect(symbols.field).toBe("slug");
    expect(symbols.message).toMatch(/no letters or digits/);
    const titleOnly = await fieldErrorOf(
      saveArticle(staff.editor, undefined, articleInput({ title: "???" })),
    );
    expect(titleOnly.field).toBe("slug");
    const reserved = await fieldErrorOf(
      saveArticle(staff.editor, undefined, articleInput({ kind: "PAGE", slug: "admin" })),
    );
    expect(reserved.message).toMatch(/used by the site itself/);
  });

  it("sanitizes the text on save: no script, event handlers or javascript: links", async () => {
    const saved = await saveArticle(
      staff.editor,
      undefined,
      articleInput({
        body:
          '<p onclick="steal()">Hello<script>alert(1)</script></p>' +
          '<img src="/media/x.webp" onerror="alert(2)" alt="x">' +
          '<a href="javascript:alert(3)">link</a>',
        excerpt: "<b>Bold</b> <script>alert(4)</script>summary",
      }),
    );
    const row = await database.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.body).not.toMatch(/script|onerror|onclick|javascript:/i);
    expect(row.body).toContain("Hello");
    expect(row.excerpt).toBe("Bold summary");
    const revision = await database.db.articleRevision.findFirstOrThrow({
      where: { articleId: saved.id },
    });
    expect(revision.body).toBe(row.body);
  });

  it("keeps the editor's image figures and video links, and drops foreign images", async () => {
    const figure =
      '<figure class="image"><img src="/media/uploads/a/w960.webp" srcset="/media/uploads/a/w480.webp 480w, /media/uploads/a/w960.webp 960w" alt="Vigil"><figcaption>Vigil in Vilnius</figcaption></figure>';
    const video =
      '<figure class="video-embed" data-provider="youtube" data-video-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">Watch</a></figure>';
    const saved = await saveArticle(
      staff.editor,
      undefined,
      articleInput({
        body: `${figure}${video}<img src="https://tracker.example/x.gif"><iframe src="https://www.youtube.com/embed/x"></iframe>`,
      }),
    );
    const row = await database.db.article.findUniqueOrThrow({ where: { id: saved.id } });
    // A stored video link of the old kind comes back as an embed of the same video.
    expect(row.body).toBe(
      `${figure}<figure class="embed" data-provider="youtube" data-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">Watch</a></figure>`,
    );
  });

  it("creates new tags inline and refuses a category deleted meanwhile", async () => {
    const category = await createTerm(database.db, "CATEGORY");
    const region = await createTerm(database.db, "REGION");
    const saved = await saveArticle(
      staff.editor,
      undefined,
      articleInput({
        categoryIds: [category.id],
        regionIds: [region.id],
        tags: ["Political prisoners", "Палітвязні"],
      }),
    );
    const row = await database.db.article.findUniqueOrThrow({
      where: { id: saved.id },
      select: { terms: { select: { taxonomy: true, slug: true } } },
    });
    expect(
      row.terms
        .filter((t) => t.taxonomy === "TAG")
        .map((t) => t.slug)
        .sort(),
    ).toEqual(["palitvyazni", "political-prisoners"]);

    await database.db.term.delete({ where: { id: category.id } });
    const error = await fieldErrorOf(
      saveArticle(staff.editor, saved.id, articleInput({ categoryIds: [category.id] })),
    );
    expect(error.field).toBe("categoryIds");
    expect(error.message).toMatch(/deleted/);
  });
});
