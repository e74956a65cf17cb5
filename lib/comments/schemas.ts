import { z } from "zod";
import { checkbox } from "@/lib/form-fields";

// The rules themselves belong to the settings module (the settings screen edits them).
export { type CommentSettings, defaultCommentSettings } from "@/lib/settings/schemas";

/** Hard ceiling whatever the settings say, so a request can never carry a huge body. */
const COMMENT_BODY_CEILING = 20_000;

const optionalText = z
  .string()
  .optional()
  .transform((value) => value ?? "");

/**
 * What the public comment form sends. Its messages are refusal reasons (see RefusalReason), so
 * the reader gets them in the article's language. The body's configurable maximum is checked by
 * the service.
 */
export const CommentFormSchema = z.object({
  articleId: z.string().trim().min(1, "missingArticle").max(64, "missingArticle"),
  parentId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
  authorName: z
    .string({ error: "nameRequired" })
    .trim()
    .min(1, "nameRequired")
    .max(80, "nameTooLong"),
  authorEmail: z
    .string({ error: "emailRequired" })
    .trim()
    .min(1, "emailRequired")
    .max(254, "emailTooLong")
    .pipe(z.email("emailInvalid"))
    .transform((value) => value.toLowerCase()),
  authorUrl: z
    .string()
    .trim()
    .max(200, "urlTooLong")
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
      message: "urlInvalid",
    }),
  body: z
    .string({ error: "bodyRequired" })
    .max(COMMENT_BODY_CEILING, "bodyTooLong")
    .refine((value) => value.trim().length > 0, { message: "bodyRequired" }),
  notifyReplies: checkbox,
  token: optionalText,
  /** The honeypot: hidden from people, so anything in it was typed by a robot. */
  company: optionalText,
  humanAnswer: optionalText,
});
export type CommentFormInput = z.input<typeof CommentFormSchema>;

/** The values a form shows again after an error (never the token or the honeypot). */
export type CommentFormValues = {
  parentId: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  body: string;
  notifyReplies: boolean;
  humanAnswer: string;
};

const COMMENT_STATUSES = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const;

const BULK_OPERATIONS = ["approve", "unapprove", "spam", "trash", "restore", "delete"] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

export const BulkModerationSchema = z.object({
  operation: z.enum(BULK_OPERATIONS),
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one comment.").max(500),
});

export const EditCommentSchema = z.object({
  id: z.string().min(1),
  body: z
    .string()
    .max(COMMENT_BODY_CEILING, "The comment is too long.")
    .refine((value) => value.trim().length > 0, { message: "A comment cannot be empty." }),
});

export const ReplyAsStaffSchema = z.object({
  parentId: z.string().min(1),
  body: z
    .string()
    .max(COMMENT_BODY_CEILING, "The reply is too long.")
    .refine((value) => value.trim().length > 0, { message: "Please write your reply." }),
});

export const EraseCommenterSchema = z.object({
  email: z.email("Please enter a valid email address.").transform((value) => value.toLowerCase()),
  mode: z.enum(["delete", "anonymise"]),
});

export const QueueQuerySchema = z.object({
  status: z.enum(COMMENT_STATUSES).catch("PENDING"),
  articleId: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;
