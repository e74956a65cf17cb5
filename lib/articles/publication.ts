import "server-only";
import { recordAudit } from "@/lib/audit";
import type { SaveIntent } from "@/lib/articles/schemas";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export type Publication = { status: ArticleStatus; publishedAt: Date | null };

const PUBLISH_INTENTS: readonly SaveIntent[] = ["publish", "schedule", "unpublish"];

/** Whether readers can see an article in this state at `now`. */
export function isPublic(publication: Publication | null, now: Date): boolean {
  return (
    publication?.status === "PUBLISHED" &&
    !!publication.publishedAt &&
    publication.publishedAt.getTime() <= now.getTime()
  );
}

/** The status and publication date a save leads to, for the pressed button (intent). */
export function nextPublication(
  actor: Actor,
  current: Publication | null,
  options: { intent?: SaveIntent; scheduleAt?: Date | null },
  now: Date,
): Publication {
  const intent = options.intent ?? "save";
  if (PUBLISH_INTENTS.includes(intent)) assertCan(actor, "article:publish");
  switch (intent) {
    case "save":
      return current
        ? { status: current.status, publishedAt: current.publishedAt }
        : { status: "DRAFT", publishedAt: null };
    case "submit":
      if (current && (current.status === "PUBLISHED" || current.status === "SCHEDULED")) {
        throw new AppError("INVALID", "This article is already published or scheduled.");
      }
      return { status: "IN_REVIEW", publishedAt: null };
    case "publish":
      return {
        status: "PUBLISHED",
        publishedAt:
          current?.status === "PUBLISHED" && current.publishedAt ? current.publishedAt : now,
      };
    case "schedule": {
      const at = options.scheduleAt;
      if (!at) throw new FieldError("scheduleAt", "Enter the date and time to publish at.");
      if (at.getTime() <= now.getTime()) {
        throw new FieldError(
          "scheduleAt",
          "That date and time is in the past. Pick a future time, or publish now.",
        );
      }
      return { status: "SCHEDULED", publishedAt: at };
    }
    case "unpublish":
      return { status: "DRAFT", publishedAt: null };
  }
}

/** Authors may not change what readers already see (or will see on a schedule) without an editor. */
export function assertMayEditStatus(actor: Actor, status: ArticleStatus) {
  if (status === "TRASH") {
    throw new AppError("INVALID", "This article is in the trash. Restore it before editing.");
  }
  if ((status === "PUBLISHED" || status === "SCHEDULED") && !can(actor, "article:publish")) {
    throw new AppError(
      "FORBIDDEN",
      "This article is published or scheduled; only an editor can change it now.",
    );
  }
}

/** One audit entry when a save moves the article along the workflow. */
export async function recordPublicationAudit(
  tx: Tx,
  actor: Actor,
  articleId: string,
  title: string,
  before: Publication | null,
  after: Publication,
) {
  const rescheduled =
    after.status === "SCHEDULED" && before?.publishedAt?.getTime() !== after.publishedAt?.getTime();
  if (before?.status === after.status && !rescheduled) return;
  const action =
    after.status === "PUBLISHED"
      ? "article.publish"
      : after.status === "SCHEDULED"
        ? "article.schedule"
        : after.status === "IN_REVIEW"
          ? "article.submit"
          : before && (before.status === "PUBLISHED" || before.status === "SCHEDULED")
            ? "article.unpublish"
            : null;
  if (!action) return;
  await recordAudit(
    actor,
    {
      action,
      targetType: "Article",
      targetId: articleId,
      summary: `${action.replace("article.", "")}: "${title}"`,
      details: after.publishedAt ? { publishedAt: after.publishedAt.toISOString() } : {},
    },
    tx,
  );
}
