import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/** Each status's badge colour; its wording is in the staff catalogue (`articleStatus`). */
export const ARTICLE_STATUS_TONE: Record<ArticleStatus, "neutral" | "good" | "warn" | "bad"> = {
  DRAFT: "neutral",
  IN_REVIEW: "warn",
  SCHEDULED: "warn",
  PUBLISHED: "good",
  TRASH: "bad",
};
