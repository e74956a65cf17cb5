"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/index";
import { isAppError } from "@/lib/errors";
import { revalidateComments } from "@/lib/revalidate";
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

const QUEUE = "/admin/comments";

/** Back to the queue page the moderator came from, with a message; never to another site. */
function backTo(formData: FormData, message: { done?: string; error?: string }): never {
  const raw = formData.get("returnTo");
  const target = typeof raw === "string" && raw.startsWith(`${QUEUE}`) ? raw : QUEUE;
  const url = new URL(target, "http://x");
  url.searchParams.delete("done");
  url.searchParams.delete("error");
  for (const [key, value] of Object.entries(message)) if (value) url.searchParams.set(key, value);
  redirect(`${url.pathname}${url.search}`);
}

function failure(error: unknown, context: string): string {
  if (isAppError(error)) return error.message;
  console.error(`[${context}]`, error);
  return "Something went wrong and nothing was changed. Please try again.";
}

const DONE: Record<string, string> = {
  approve: "approved",
  unapprove: "unapproved",
  spam: "marked as spam",
  trash: "moved to the trash",
  restore: "restored",
  delete: "deleted permanently",
};

export async function bulkModerateAction(formData: FormData): Promise<void> {
  const parsed = BulkModerationSchema.safeParse({
    operation: formData.get("operation"),
    ids: formData.getAll("ids").filter((id) => typeof id === "string" && id),
  });
  if (!parsed.success)
    backTo(formData, { error: parsed.error.issues[0]?.message ?? "Nothing to do." });
  let message: { done?: string; error?: string };
  try {
    const actor = await requirePermission("comment:moderate");
    const result = await moderateComments(actor, parsed.data.operation, parsed.data.ids);
    for (const articleId of result.articleIds) revalidateComments(articleId);
    message = {
      done: `${result.count} comment${result.count === 1 ? "" : "s"} ${DONE[parsed.data.operation]}.`,
    };
  } catch (error) {
    message = { error: failure(error, "bulkModerateAction") };
  }
  backTo(formData, message);
}

export async function editCommentAction(formData: FormData): Promise<void> {
  const parsed = EditCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) backTo(formData, { error: parsed.error.issues[0]?.message ?? "Invalid." });
  let message: { done?: string; error?: string };
  try {
    const actor = await requirePermission("comment:moderate");
    const { articleId } = await editComment(actor, parsed.data.id, parsed.data.body);
    revalidateComments(articleId);
    message = { done: "Comment saved." };
  } catch (error) {
    message = { error: failure(error, "editCommentAction") };
  }
  backTo(formData, message);
}

export async function replyAsStaffAction(formData: FormData): Promise<void> {
  const parsed = ReplyAsStaffSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) backTo(formData, { error: parsed.error.issues[0]?.message ?? "Invalid." });
  let message: { done?: string; error?: string };
  try {
    const actor = await requirePermission("comment:moderate");
    const settings = await getCachedCommentSettings();
    const reply = await replyAsStaff(
      actor,
      parsed.data.parentId,
      parsed.data.body,
      settings.maxDepth,
    );
    revalidateComments(reply.articleId);
    message = { done: "Reply published." };
  } catch (error) {
    message = { error: failure(error, "replyAsStaffAction") };
  }
  backTo(formData, message);
}

export async function eraseCommenterAction(formData: FormData): Promise<void> {
  const parsed = EraseCommenterSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) backTo(formData, { error: parsed.error.issues[0]?.message ?? "Invalid." });
  let message: { done?: string; error?: string };
  try {
    const actor = await requirePermission("comment:moderate");
    const result = await eraseCommenter(actor, parsed.data.email, parsed.data.mode);
    for (const articleId of result.articleIds) revalidateComments(articleId);
    message = {
      done: `${result.count} comment${result.count === 1 ? "" : "s"} ${parsed.data.mode === "delete" ? "deleted" : "anonymised"}.`,
    };
  } catch (error) {
    message = { error: failure(error, "eraseCommenterAction") };
  }
  backTo(formData, message);
}
