"use client";

import { useActionState, useId, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/languages";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { type PostCommentState, postCommentAction } from "@/lib/comments/actions";
import { FieldError, publicInputClass as inputClass } from "@/components/site/form-parts";

export type CommentFormProps = {
  articleId: string;
  /** The article's language: the form's labels, and the language its refusals come back in. */
  lang: Lang;
  token: string;
  parentId?: string | null;
  replyToName?: string | null;
  /** Without JavaScript: a link that drops the reply target. */
  cancelReplyHref?: string;
  onCancelReply?: () => void;
  humanCheck: boolean;
  maxLength: number;
  allowedTagsHint: string;
  defaults?: { authorName?: string; authorEmail?: string };
};

const noSubscription = () => () => {};

/**
 * The comment form. It is a server action form: without JavaScript it posts and the page comes
 * back with the result (everything typed kept on an error); with JavaScript it posts in place.
 */
export function CommentForm(props: CommentFormProps) {
  const t = commentMessages[props.lang].comments;
  const [state, action, isPending] = useActionState<PostCommentState, FormData>(postCommentAction, {
    status: "idle",
  });
  // True once hydrated: the form then asks for a JSON-style answer instead of a redirect.
  const hasJs = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const id = useId();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : undefined;
  const token = state.status === "idle" ? props.token : state.token;
  const parentId = values?.parentId ?? props.parentId ?? "";
  const describedBy = (name: string) => (errors[name]?.length ? `${id}-${name}-error` : undefined);

  return (
    <div>
      {state.status === "posted" && (
        <div role="status" className="border-navy mb-6 rounded border-2 bg-white p-4">
          <p className="font-semibold">{state.message}</p>
          <div
            id={`comment-${state.comment.id}`}
            data-posted-comment={state.comment.id}
            className="mt-3 border-t pt-3"
          >
            <p className="text-sm font-semibold">
              {state.comment.authorName}
              {state.comment.status !== "APPROVED" && (
                <strong className="text-accent ml-2 text-xs uppercase" data-awaiting-moderation>
                  {t.awaitingBadge}
                </strong>
              )}
            </p>
            <div
              className="comment-body mt-1"
              dangerouslySetInnerHTML={{ __html: state.comment.bodyHtml }}
            />
          </div>
        </div>
      )}
      <form action={action} className="space-y-4" id="comment-form" noValidate>
        {state.status === "error" && (
          <p
            role="alert"
            className="border-accent text-accent rounded border-2 bg-white p-3 font-semibold"
          >
            {state.formError}
          </p>
        )}
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="lang" value={props.lang} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="parentId" value={parentId} />
        {hasJs && <input type="hidden" name="js" value="1" />}
        {parentId && props.replyToName && (
          <p className="text-sm">
            <strong>{t.replyingTo(props.replyToName)}</strong>{" "}
            {props.onCancelReply ? (
              <button type="button" onClick={props.onCancelReply} className="text-accent underline">
                {t.cancelReply}
              </button>
            ) : props.cancelReplyHref ? (
              <a href={props.cancelReplyHref} className="text-accent underline">
                {t.cancelReply}
              </a>
            ) : null}
          </p>
        )}
        <FieldError id={`${id}-parentId-error`} errors={errors.parentId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-name`} className="font-semibold">
              {t.name}
            </label>
            <input
              id={`${id}-name`}
              name="authorName"
              required
              maxLength={80}
              autoComplete="name"
              defaultValue={values?.authorName ?? props.defaults?.authorName ?? ""}
              aria-invalid={!!errors.authorName}
              aria-describedby={describedBy("authorName")}
              className={inputClass}
            />
            <FieldError id={`${id}-authorName-error`} errors={errors.authorName} />
          </div>
          <div>
            <label htmlFor={`${id}-email`} className="font-semibold">
              {t.email}
            </label>{" "}
            <span id={`${id}-email-note`} className="text-muted text-sm">
              {t.emailNote}
            </span>
            <input
              id={`${id}-email`}
              name="authorEmail"
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              defaultValue={values?.authorEmail ?? props.defaults?.authorEmail ?? ""}
              aria-invalid={!!errors.authorEmail}
              aria-describedby={[`${id}-email-note`, describedBy("authorEmail")]
                .filter(Boolean)
                .join(" ")}
              className={inputClass}
            />
            <FieldError id={`${id}-authorEmail-error`} errors={errors.authorEmail} />
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-url`} className="font-semibold">
            {t.website}
          </label>
          <input
            id={`${id}-url`}
            name="authorUrl"
            type="url"
            maxLength={200}
            autoComplete="url"
            placeholder="https://"
            defaultValue={values?.authorUrl ?? ""}
            aria-invalid={!!errors.authorUrl}
            aria-describedby={describedBy("authorUrl")}
            className={inputClass}
          />
          <FieldError id={`${id}-authorUrl-error`} errors={errors.authorUrl} />
        </div>
        <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", top: "auto" }}>
          <label htmlFor={`${id}-company`}>{t.honeypot}</label>
          <input
            id={`${id}-company`}
            name="company"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <div>
          <label htmlFor={`${id}-body`} className="font-semibold">
            {t.comment}
          </label>
          <textarea
            id={`${id}-body`}
            name="body"
            required
            rows={7}
            maxLength={props.maxLength}
            defaultValue={values?.body ?? ""}
            aria-invalid={!!errors.body}
            aria-describedby={[describedBy("body"), `${id}-tags`].filter(Boolean).join(" ")}
            className={inputClass}
          />
          <FieldError id={`${id}-body-error`} errors={errors.body} />
          <p id={`${id}-tags`} className="text-muted mt-1 text-sm">
            {t.allowedTags} <code className="break-words">{props.allowedTagsHint}</code>
          </p>
        </div>
        {props.humanCheck && (
          <div>
            <label htmlFor={`${id}-human`} className="font-semibold">
              {t.humanQuestion}
            </label>{" "}
            <span id={`${id}-human-hint`} className="text-muted text-sm">
              {t.humanHint}
            </span>
            <input
              id={`${id}-human`}
              name="humanAnswer"
              required
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              defaultValue={values?.humanAnswer ?? ""}
              aria-invalid={!!errors.humanAnswer}
              aria-describedby={[`${id}-human-hint`, describedBy("humanAnswer")]
                .filter(Boolean)
                .join(" ")}
              className={`${inputClass} max-w-40`}
            />
            <FieldError id={`${id}-humanAnswer-error`} errors={errors.humanAnswer} />
          </div>
        )}
        <div className="flex items-center gap-2">
          <input
            id={`${id}-notify`}
            name="notifyReplies"
            type="checkbox"
            defaultChecked={values?.notifyReplies ?? false}
            className="h-4 w-4"
          />
          <label htmlFor={`${id}-notify`}>{t.notify}</label>
        </div>
        <button
          type="submit"
          disabled={isPending}
          className="bg-accent hover:bg-accent-dark rounded px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {isPending ? t.submitting : t.submit}
        </button>
      </form>
    </div>
  );
}
