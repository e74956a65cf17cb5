"use server";

import { refreshStaffPage, revalidateComments } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { getCachedCommentSettings } from "@/lib/comments/settings";
import {
  eraseCommenter,
  editComment,
  moderateComments,
  replyAsStaff,
} from "@/lib/comments/moderation";
import {
  BulkModerationSchema,
  EditCommentSchema,
  EraseCommenterSchema,
  ReplyAsStaffSchema,
} from "@/lib/comments/schemas";

const DONE: Record<string, string> = {
  approve: "approved",
  unapprove: "unapproved",
  spam: "marked as spam",
  trash: "moved to the trash",
  restore: "restored",
  delete: "deleted permanently",
};

const plural = (count: number) => `${count} comment${count === 1 ? "" : "s"}`;

/** Approve, unapprove, spam, trash, restore or delete the ticked comments (or one). */
export const bulkModerateAction = staffAction({
  name: "bulkModerateAction",
  permission: "comment:moderate",
  schema: BulkModerationSchema,
  input: (formData) => ({
    operation: formData.get("operation"),
    ids: formData.getAll("ids").filter((id) => typeof id === "string" && id),
  }),
  async run(actor, { operation, ids }) {
    const result = await moderateComments(actor, operation, ids);
    for (const articleId of result.articleIds) revalidateComments(articleId);
    refreshStaffPage();
    // The ticks are not shown again: the list has changed.
    return { message: `${plural(result.count)} ${DONE[operation]}.`, values: {} };
  },
});

export const editCommentAction = staffAction({
  name: "editCommentAction",
  permission: "comment:moderate",
  schema: EditCommentSchema,
  async run(actor, { id, body }) {
    const { articleId } = await editComment(actor, id, body);
    revalidateComments(articleId);
    refreshStaffPage();
    return { message: "Comment saved." };
  },
});

export const replyAsStaffAction = staffAction({
  name: "replyAsStaffAction",
  permission: "comment:moderate",
  schema: ReplyAsStaffSchema,
  async run(actor, { parentId, body }) {
    const settings = await getCachedCommentSettings();
    const reply = await replyAsStaff(actor, parentId, body, settings.maxDepth);
    revalidateComments(reply.articleId);
    refreshStaffPage();
    return { message: "Reply published.", values: {} };
  },
});

export const eraseCommenterAction = staffAction({
  name: "eraseCommenterAction",
  permission: "comment:moderate",
  schema: EraseCommenterSchema,
  async run(actor, { email, mode }) {
    const result = await eraseCommenter(actor, email, mode);
    for (const articleId of result.articleIds) revalidateComments(articleId);
    refreshStaffPage();
    return {
      message: `${plural(result.count)} ${mode === "delete" ? "deleted" : "anonymised"}.`,
      values: {},
    };
  },
});
