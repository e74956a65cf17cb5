import {
  bulkModerateAction,
  editCommentAction,
  eraseCommenterAction,
  replyAsStaffAction,
} from "@/lib/comments/moderation-actions";
import { createComment, createCommentArticle } from "@/tests/factories/comments";
import { type Case, type CaseContext, okWith } from "@/tests/factories/action-cases/types";

export function commentCases(ctx: CaseContext): Case[] {
  return [
    {
      name: "bulkModerateAction",
      action: bulkModerateAction,
      denied: "AUTHOR",
      allowed: "MODERATOR",
      invalid: () => ({
        fields: { operation: "approve", note: "kept" },
        field: "ids",
        kept: ["note", "kept"],
      }),
      valid: async () => {
        const article = await createCommentArticle(ctx.database.db);
        const comment = await createComment(ctx.database.db, article.id, { status: "PENDING" });
        return {
          fields: { operation: "approve", ids: [comment.id] },
          expect: okWith(/^1 comment approved\.$/),
        };
      },
    },
    {
      name: "editCommentAction",
      action: editCommentAction,
      denied: "AUTHOR",
      allowed: "MODERATOR",
      invalid: () => ({ fields: { id: "c", body: "   " }, field: "body", kept: ["id", "c"] }),
      valid: async () => {
        const article = await createCommentArticle(ctx.database.db);
        const comment = await createComment(ctx.database.db, article.id);
        return {
          fields: { id: comment.id, body: "Edited words" },
          expect: okWith(/^Comment saved\.$/),
        };
      },
    },
    {
      name: "replyAsStaffAction",
      action: replyAsStaffAction,
      denied: "AUTHOR",
      allowed: "MODERATOR",
      invalid: () => ({
        fields: { parentId: "c", body: "" },
        field: "body",
        kept: ["parentId", "c"],
      }),
      valid: async () => {
        const article = await createCommentArticle(ctx.database.db);
        const comment = await createComment(ctx.database.db, article.id);
        return {
          fields: { parentId: comment.id, body: "Thank you" },
          expect: okWith(/^Reply published\.$/),
        };
      },
    },
    {
      name: "eraseCommenterAction",
      action: eraseCommenterAction,
      denied: "AUTHOR",
      allowed: "MODERATOR",
      invalid: () => ({
        fields: { email: "nope", mode: "delete" },
        field: "email",
        kept: ["mode", "delete"],
      }),
      valid: () => ({
        fields: { email: "gone@example.org", mode: "anonymise" },
        expect: okWith(/^0 comments anonymised\.$/),
      }),
    },
  ];
}
