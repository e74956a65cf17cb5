"use client";

import type { ArticleFormData } from "@/app/(admin)/admin/articles/_components/article-form";
import { SubmitButton } from "@/components/admin/button";
import { Field } from "@/components/admin/field";
import { staffMessages } from "@/lib/i18n/messages/staff";

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
  const t = staffMessages();
  const w = t.editor.workflow;
  return (
    <fieldset className="border-line space-y-3 rounded border bg-white p-4">
      <legend className="px-1 font-semibold">{w.legend}</legend>
      <p className="text-sm">
        {w.status} <strong>{isNew ? w.statusNew : t.articleStatus[status].label}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel={t.common.saving}>
          {live ? w.update : w.saveDraft}
        </SubmitButton>
        {!canPublish && !live ? (
          <SubmitButton name="intent" value="submit" pendingLabel={w.submitting}>
            {w.submit}
          </SubmitButton>
        ) : null}
        {canPublish && status !== "PUBLISHED" ? (
          <SubmitButton name="intent" value="publish" pendingLabel={t.common.publishing}>
            {w.publish}
          </SubmitButton>
        ) : null}
        {canPublish && live ? (
          <SubmitButton
            name="intent"
            value="unpublish"
            variant="secondary"
            pendingLabel={w.unpublishing}
          >
            {w.unpublish}
          </SubmitButton>
        ) : null}
      </div>
      {canPublish ? (
        <div className="border-line border-t pt-3">
          <Field
            label={w.publishAt(timeZone)}
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
            pendingLabel={w.scheduling}
          >
            {status === "SCHEDULED" ? w.reschedule : w.schedule}
          </SubmitButton>
        </div>
      ) : (
        <p className="text-muted text-sm">{w.editorPublishes}</p>
      )}
    </fieldset>
  );
}
