import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/** The one wording of each status, wherever staff see it, and its badge colour. */
export const ARTICLE_STATUS: Record<
  ArticleStatus,
  { label: string; plural: string; tone: "neutral" | "good" | "warn" | "bad" }
> = {
  DRAFT: { label: "Draft", plural: "Drafts", tone: "neutral" },
  IN_REVIEW: { label: "In review", plural: "In review", tone: "warn" },
  SCHEDULED: { label: "Scheduled", plural: "Scheduled", tone: "warn" },
  PUBLISHED: { label: "Published", plural: "Published", tone: "good" },
  TRASH: { label: "In the trash", plural: "Trash", tone: "bad" },
};
