import {
  articleLifecycleAction,
  bulkArticlesAction,
  restoreRevisionAction,
  saveArticleAction,
} from "@/lib/articles/actions";
import { createArticle } from "@/tests/factories/articles";
import {
  type Case,
  type CaseContext,
  okWith,
  redirectsTo,
} from "@/tests/factories/action-cases/types";

export function articleCases(ctx: CaseContext): Case[] {
  const draft = () =>
    createArticle(ctx.database.db, ctx.actors.EDITOR.id, { title: "Draft for actions" });

  return [
    {
      name: "saveArticleAction",
      action: saveArticleAction,
      denied: "MODERATOR",
      allowed: "AUTHOR",
      invalid: () => ({
        fields: { title: "", body: "<p>Typed text kept</p>", kind: "POST" },
        field: "title",
        kept: ["body", "<p>Typed text kept</p>"],
      }),
      valid: () => ({
        fields: { title: "Written through the action", body: "<p>Text</p>", kind: "POST" },
        expect: redirectsTo(/^\/admin\/articles\/[\w-]+\?saved=save$/),
      }),
    },
    {
      name: "bulkArticlesAction",
      action: bulkArticlesAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { operation: "trash", note: "kept" },
        field: "ids",
        kept: ["note", "kept"],
      }),
      valid: async () => ({
        fields: { operation: "trash", ids: [(await draft()).id] },
        expect: okWith(/^1 article moved to the trash\.$/),
      }),
    },
    {
      name: "articleLifecycleAction",
      action: articleLifecycleAction,
      denied: "AUTHOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { id: "x", operation: "burn" },
        field: "operation",
        kept: ["id", "x"],
      }),
      valid: async () => {
        const article = await draft();
        return {
          fields: { id: article.id, operation: "trash" },
          expect: redirectsTo(new RegExp(`^/admin/articles/${article.id}\\?saved=trash$`)),
        };
      },
    },
    {
      name: "restoreRevisionAction",
      action: restoreRevisionAction,
      denied: "MODERATOR",
      allowed: "EDITOR",
      invalid: () => ({
        fields: { articleId: "a", revisionId: "" },
        field: "revisionId",
        kept: ["articleId", "a"],
      }),
      valid: async () => {
        const article = await draft();
        const revision = await ctx.database.db.articleRevision.findFirstOrThrow({
          where: { articleId: article.id },
        });
        return {
          fields: { articleId: article.id, revisionId: revision.id },
          expect: redirectsTo(/\?saved=revision$/),
        };
      },
    },
  ];
}
