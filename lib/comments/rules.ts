import type { CommentSettings } from "@/lib/comments/schemas";

type CommentableArticle = { commentsOpen: boolean; publishedAt: Date | string | null };

/** Whether readers may comment now: open on the article, and not past the automatic closing age. */
export function isCommentingOpen(
  article: CommentableArticle,
  settings: Pick<CommentSettings, "closeAfterDays">,
  now = new Date(),
): boolean {
  if (!article.commentsOpen) return false;
  if (settings.closeAfterDays > 0 && article.publishedAt) {
    const published = new Date(article.publishedAt).getTime();
    if (now.getTime() - published > settings.closeAfterDays * 24 * 60 * 60 * 1000) return false;
  }
  return true;
}

/** The answers the human check accepts: the current year wherever the reader is on Earth. */
export function acceptedYears(now = new Date()): string[] {
  const hours = 14 * 60 * 60 * 1000;
  return [
    ...new Set(
      [now.getTime() - hours, now.getTime(), now.getTime() + hours].map((time) =>
        String(new Date(time).getUTCFullYear()),
      ),
    ),
  ];
}

export function isHumanAnswerCorrect(answer: string, now = new Date()): boolean {
  return acceptedYears(now).includes(answer.trim());
}
