import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { submitComment } from "@/lib/comments/service";
import { getDb } from "@/lib/db";
import { commentForm, commentSettings, createCommentArticle } from "@/tests/factories/comments";
import { XSS_VECTORS } from "@/tests/fixtures/xss-vectors";
import { type TestDatabase, createTestDatabase } from "@/tests/setup/database";
import { findUnsafeMarkup } from "@/tests/unit/xss-corpus-check";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("pgAdminUrl"), inject("templateDatabase"));
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  await getDb().$disconnect();
  await database.drop();
});

describe("the XSS corpus through the comment form's service", () => {
  it("has at least 200 vectors", () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(200);
  });

  it("stores every vector with nothing that can run script or escape the allowlist", async () => {
    const article = await createCommentArticle(database.db);
    const settings = commentSettings({ maxLength: 20_000 });
    let stored = 0;
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const result = await submitComment(
        commentForm(article.id, {
          body: `#${index} ${vector}`,
          authorEmail: `x${index}@example.org`,
        }),
        {
          settings,
          actor: null,
          ip: `10.0.${Math.floor(index / 250)}.${index % 250}`,
          userAgent: null,
        },
      );
      stored++;
      expect(findUnsafeMarkup(result.bodyHtml), vector).toEqual([]);
    }
    const rows = await database.db.comment.findMany({
      where: { articleId: article.id },
      select: { body: true, authorName: true },
    });
    expect(rows).toHaveLength(stored);
    for (const row of rows) {
      expect(findUnsafeMarkup(row.body), row.body).toEqual([]);
      expect(row.body).not.toMatch(/<script/i);
    }
  });
});
