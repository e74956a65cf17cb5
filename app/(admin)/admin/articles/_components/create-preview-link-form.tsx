"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { SubmitButton } from "@/components/admin/button";
import { buttonClass } from "@/components/admin/button-styles";
import { Field, SelectField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { createPreviewLinkAction } from "@/lib/articles/preview-links-actions";
import {
  DEFAULT_PREVIEW_EXPIRY,
  PREVIEW_EXPIRIES,
  type PreviewExpiry,
} from "@/lib/articles/preview-links-schemas";
import { type FormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Created = { url: string; expiresAt: string };

const initial: FormState<Created> = { ok: false };

const noSubscription = () => () => {};

/** Create a preview link: how long it stays open and for whom; the new link is shown once. */
export function CreatePreviewLinkForm({
  articleId,
  timeZone,
}: {
  articleId: string;
  timeZone: string;
}) {
  const [state, formAction] = useActionState(createPreviewLinkAction, initial);
  const t = staffMessages();
  const values = state.values ?? {};
  const options = (Object.keys(PREVIEW_EXPIRIES) as PreviewExpiry[]).map((value) => ({
    value,
    label: t.previewLinks.expiries[value],
  }));
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage result={state} />
      {state.ok && state.data ? (
        <NewLink
          url={state.data.url}
          expires={new Intl.DateTimeFormat(t.common.intl, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone,
          }).format(new Date(state.data.expiresAt))}
        />
      ) : null}
      <input type="hidden" name="articleId" value={articleId} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <SelectField
          label={t.previewLinks.expiresIn}
          name="expiresIn"
          id="preview-expires-in"
          options={options}
          defaultValue={values.expiresIn ?? DEFAULT_PREVIEW_EXPIRY}
          errors={state.ok ? undefined : state.fieldErrors?.expiresIn}
        />
        <Field
          label={t.previewLinks.label}
          name="label"
          id="preview-label"
          maxLength={120}
          // A new key after each link made empties the field for the next one.
          key={state.ok ? state.data?.url : "label"}
          defaultValue={state.ok ? "" : (values.label ?? "")}
          hint={t.previewLinks.labelHint}
          errors={state.ok ? undefined : state.fieldErrors?.label}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t.previewLinks.creating}>
        {t.previewLinks.create}
      </SubmitButton>
    </form>
  );
}

/** The link just made, selectable text (copy by hand without JavaScript) and a Copy button. */
function NewLink({ url, expires }: { url: string; expires: string }) {
  const t = staffMessages().previewLinks;
  const hasScript = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState<"" | "done" | "failed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="rounded border-l-4 border-green-700 bg-green-50 p-3">
      <label htmlFor="preview-new-link" className="block text-sm font-semibold">
        {t.newLink}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="preview-new-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby="preview-new-link-hint"
          className="border-line text-ink block min-w-0 flex-1 rounded border bg-white px-3 py-2 font-mono text-sm"
        />
        {hasScript ? (
          <button type="button" onClick={() => void copy()} className={buttonClass("secondary")}>
            {copied === "done" ? t.copied : t.copy}
          </button>
        ) : null}
      </div>
      <p id="preview-new-link-hint" className="text-muted mt-1 text-sm">
        {t.newLinkHint(expires)}
      </p>
      {copied === "failed" ? (
        <p role="alert" className="text-accent mt-1 text-sm font-semibold">
          {t.copyFailed}
        </p>
      ) : null}
    </div>
  );
}
