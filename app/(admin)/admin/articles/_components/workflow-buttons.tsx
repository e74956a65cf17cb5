"use client";

import type { ArticleFormData } from "@/app/(admin)/admin/articles/_components/article-form";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { ARTICLE_STATUS } from "@/lib/articles/status";

/** The status and the buttons the actor's role allows: save, submit, publish, schedule, unpublish. */
export function WorkflowButtons({
  status,
  canPublish,
  live,
  scheduleAt,
  timeZone,
  errors,
  isNew,
}: {
  status: ArticleFormData["status"];
  canPublish: boolean;
  live: boolean;
  scheduleAt: string;
  timeZone: string;
  errors?: Record<string, string[]>;
  isNew: boolean;
}) {
  return (
    <fieldset className="border-line space-y-3 rounded border bg-white p-4">
      <legend className="px-1 font-semibold">Publishing</legend>
      <p className="text-sm">
        Status: <strong>{isNew ? "New" : ARTICLE_STATUS[status].label}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel="Saving…">
          {live ? "Update" : "Save draft"}
        </SubmitButton>
        {!canPublish && !live ? (
          <SubmitButton name="intent" value="submit" pendingLabel="Submitting…">
            Submit for review
          </SubmitButton>
        ) : null}
        {canPublish && status !== "PUBLISHED" ? (
          <SubmitButton name="intent" value="publish" pendingLabel="Publishing…">
            Publish now
          </SubmitButton>
        ) : null}
        {canPublish && live ? (
          <SubmitButton
            name="intent"
            value="unpublish"
            variant="secondary"
            pendingLabel="Unpublishing…"
          >
            Unpublish
          </SubmitButton>
        ) : null}
      </div>
      {canPublish ? (
        <div className="border-line border-t pt-3">
          <Field
            label={`Publish at (${timeZone})`}
            name="scheduleAt"
            type="datetime-local"
            defaultValue={scheduleAt}
            errors={errors?.scheduleAt}
          />
          <SubmitButton
            name="intent"
            value="schedule"
            variant="secondary"
            className="mt-2"
            pendingLabel="Scheduling…"
          >
            {status === "SCHEDULED" ? "Reschedule" : "Schedule"}
          </SubmitButton>
        </div>
      ) : (
        <p className="text-muted text-sm">An editor publishes articles once you submit them.</p>
      )}
    </fieldset>
  );
}
